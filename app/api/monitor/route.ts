import { withAgent } from "@/lib/api/handler";
import { rules } from "@/lib/auth/route-rules";
import { readWallboard } from "@/lib/monitor/wallboard";
import type { Wallboard } from "@/lib/monitor/types";
import { getRuntime } from "@/lib/runtime/boot";

export const dynamic = "force-dynamic";

/** The wallboard's figures (issue 10): supervisors and admins; agents 403. */
export const GET = withAgent(rules.role("reports.view"), async (_req, { agent }) => {
  const { db } = await getRuntime();
  return Response.json((await readWallboard(db, agent)) satisfies Wallboard, { headers: { "cache-control": "no-store" } });
});
