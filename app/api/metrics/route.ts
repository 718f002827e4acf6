import { timingSafeEqual } from "node:crypto";
import { errorResponse, observed } from "@/lib/api/handler";
import { decideRole } from "@/lib/auth/policy";
import { forbidden, rules, withRule } from "@/lib/auth/route-rules";
import { getSessionAgent } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { renderMetrics } from "@/lib/observability/collect";
import { getRuntime } from "@/lib/runtime/boot";

export const dynamic = "force-dynamic";

function bearerMatches(header: string | null, token: string | undefined): boolean {
  if (!token || !header?.startsWith("Bearer ")) return false;
  const given = Buffer.from(header.slice("Bearer ".length));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Prometheus text for a scraper holding METRICS_TOKEN (`Authorization: Bearer …`) or a signed-in
 * admin. Without either: 401; a signed-in agent or supervisor: 403.
 */
async function getMetricsText(req: Request): Promise<Response> {
  return observed(req, async () => {
    const { db, config } = await getRuntime();
    if (!bearerMatches(req.headers.get("authorization"), config.metricsToken)) {
      const agent = await getSessionAgent();
      if (!agent) throw new AppError("unauthorized", 401, "Sign in as an admin, or send the metrics token.");
      const decision = decideRole(agent, "metrics.read");
      if (!decision.allowed) return errorResponse(forbidden(decision));
    }
    const { contentType, body } = await renderMetrics(db);
    return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
  });
}

// The rule is applied inside (a scraper's token is an alternative to the admin's session).
export const GET = withRule(getMetricsText, rules.role("metrics.read"));
