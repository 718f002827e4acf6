import "server-only";
import { and, desc, eq, lt, sql, type SQL } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";
import { agents, auditLog } from "@/lib/db/schema";
import type { AuditQuery } from "@/lib/validation/settings";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditEntryView {
  id: number;
  at: string;
  actor: { id: string | null; email: string | null; name: string | null } | null;
  kind: string;
  target: { type: string; id: string | null } | null;
  before: unknown;
  after: unknown;
  address: string | null;
}

export interface AuditPage {
  entries: AuditEntryView[];
  /** Pass as `cursor` for the next (older) page; null at the end. */
  nextCursor: string | null;
}

/**
 * Newest first, keyset by id (ids grow with time; `at` is the same order): each page is one
 * index range read whatever the filters. Dates are whole days in `timeZone` (the reader's), `to`
 * included.
 */
export async function listAudit(db: DbExecutor, query: AuditQuery, timeZone: string): Promise<AuditPage> {
  const where: SQL[] = [];
  if (query.actor) where.push(eq(auditLog.actorId, query.actor));
  if (query.kind) where.push(eq(auditLog.kind, query.kind));
  if (query.from) where.push(sql`${auditLog.at} >= (${query.from}::date::timestamp at time zone ${timeZone})`);
  if (query.to) where.push(sql`${auditLog.at} < ((${query.to}::date + 1)::timestamp at time zone ${timeZone})`);
  if (query.cursor) where.push(lt(auditLog.id, query.cursor));
  const rows = await db
    .select({ entry: auditLog, actorName: agents.name })
    .from(auditLog)
    .leftJoin(agents, eq(agents.id, auditLog.actorId))
    .where(where.length > 0 ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  return {
    entries: page.map(({ entry, actorName }) => ({
      id: entry.id,
      at: entry.at.toISOString(),
      actor: entry.actorId || entry.actorEmail ? { id: entry.actorId, email: entry.actorEmail, name: actorName } : null,
      kind: entry.kind,
      target: entry.targetType ? { type: entry.targetType, id: entry.targetId } : null,
      before: entry.before,
      after: entry.after,
      address: entry.address,
    })),
    nextCursor: rows.length > AUDIT_PAGE_SIZE ? String(page.at(-1)!.entry.id) : null,
  };
}
