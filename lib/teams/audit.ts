import "server-only";
import type { DbExecutor } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import type { AuditKind } from "./audit-kinds";

// The list lives in a browser-safe module (the audit page's filter uses it); re-exported for callers here.
export { AUDIT_KINDS, type AuditKind } from "./audit-kinds";

export interface AuditEntry {
  /** Who did it; null for the system (auto-assignment, a snooze ending) or an unknown account. */
  actor: { id: string; email: string } | null;
  kind: AuditKind;
  target?: { type: string; id: string };
  /** What changed, before and after: small objects of the changed fields, never passwords or message bodies. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** The client address (sign-in events). */
  address?: string | null;
}

/**
 * Appends one entry. Call it inside the transaction that made the change, so the log holds
 * exactly what happened: nothing for a change that rolled back. The table refuses UPDATE and
 * DELETE (a trigger in migration 0007).
 */
export async function recordAudit(db: DbExecutor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actor?.id ?? null,
    actorEmail: entry.actor?.email ?? null,
    kind: entry.kind,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    address: entry.address ?? null,
  });
}
