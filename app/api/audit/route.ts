import { rules } from "@/lib/auth/route-rules";
import { parseWith, withAgent } from "@/lib/api/handler";
import { getRuntime } from "@/lib/runtime/boot";
import { listAudit, type AuditPage } from "@/lib/teams/audit-query";
import { getProfile } from "@/lib/teams/profile";
import { auditQuerySchema } from "@/lib/validation/settings";

export const dynamic = "force-dynamic";

export type AuditResponse = AuditPage;

const FILTERS = ["actor", "kind", "from", "to", "cursor"] as const;

/** The audit log, newest first: `?actor=&kind=&from=&to=&cursor=` (dates are the reader's days). */
export const GET = withAgent(rules.role("audit.read"), async (req, { agent }) => {
  const url = new URL(req.url);
  const query = parseWith(auditQuerySchema, Object.fromEntries(FILTERS.map((k) => [k, url.searchParams.get(k) ?? undefined])));
  const { db } = await getRuntime();
  const { timeZone } = await getProfile(db, agent.id);
  return Response.json((await listAudit(db, query, timeZone)) satisfies AuditResponse);
});
