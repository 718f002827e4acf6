import { sql } from "drizzle-orm";
import { bootStatus, getRuntime } from "@/lib/runtime/boot";
import { getSyncRole } from "@/lib/sync/start";

export const dynamic = "force-dynamic";

/**
 * Public: 200 with the mode, the database's state and this instance's part in polling (the
 * leader polls; followers wait to take over) once the app can serve, 503 before.
 */
export async function GET(): Promise<Response> {
  const status = bootStatus();
  if (status !== "ready") {
    if (status === "not-started") void getRuntime().catch(() => {});
    return Response.json({ status: status === "failed" ? "failed" : "starting" }, { status: 503 });
  }
  const { config, db, databaseKind } = await getRuntime();
  try {
    await db.execute(sql`select 1`);
  } catch {
    return Response.json(
      { status: "degraded", mode: config.mode, database: { kind: databaseKind, state: "unreachable" }, sync: { role: getSyncRole() } },
      { status: 503 },
    );
  }
  return Response.json({ status: "ok", mode: config.mode, database: { kind: databaseKind, state: "ok" }, sync: { role: getSyncRole() } });
}
