import { rules, withRule } from "@/lib/auth/route-rules";
import { sql } from "drizzle-orm";
import { bootStatus, getRuntime, type Runtime } from "@/lib/runtime/boot";
import { getSyncRole } from "@/lib/sync/start";

export const dynamic = "force-dynamic";

// A balancer (or many clients) probing under load would make every probe a database round trip:
// one ping's answer serves every probe for a second, and probes that arrive meanwhile share it.
const PING_TTL_MS = 1000;
let lastPing: { startedAt: number; ok: Promise<boolean> } | undefined;

function pingDatabase(db: Runtime["db"]): Promise<boolean> {
  const now = performance.now();
  if (!lastPing || now - lastPing.startedAt > PING_TTL_MS) {
    lastPing = { startedAt: now, ok: db.execute(sql`select 1`).then(() => true, () => false) };
  }
  return lastPing.ok;
}

/**
 * Public: 200 with the mode, the database's state and this instance's part in polling (the
 * leader polls; followers wait to take over) once the app can serve, 503 before. The database's
 * state is at most a second old.
 */
async function health(): Promise<Response> {
  const status = bootStatus();
  if (status !== "ready") {
    if (status === "not-started") void getRuntime().catch(() => {});
    return Response.json({ status: status === "failed" ? "failed" : "starting" }, { status: 503 });
  }
  const { config, db, databaseKind } = await getRuntime();
  if (!(await pingDatabase(db))) {
    return Response.json(
      { status: "degraded", mode: config.mode, database: { kind: databaseKind, state: "unreachable" }, sync: { role: getSyncRole() } },
      { status: 503 },
    );
  }
  return Response.json({ status: "ok", mode: config.mode, database: { kind: databaseKind, state: "ok" }, sync: { role: getSyncRole() } });
}

export const GET = withRule(health, rules.public("load balancers probe it without a session"));
