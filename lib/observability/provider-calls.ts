import "server-only";
import { isDocumentedErrorCode } from "@/lib/afilnet/errors";
import type { AfilnetCallReport } from "@/lib/afilnet/types";
import { getMetrics } from "./metrics";

const TRANSPORT_KINDS = new Set(["http_status", "not_json", "malformed", "timeout", "network"]);

/** Counts and times one request to the provider; codes outside the documented set count as "other". */
export function recordProviderCall(call: AfilnetCallReport): void {
  const metrics = getMetrics();
  metrics.providerCalls.inc({ method: call.method, outcome: call.outcome });
  metrics.providerDuration.observe({ method: call.method }, call.durationMs / 1000);
  if (call.outcome === "ok") return;
  const known = call.code !== undefined && (isDocumentedErrorCode(call.code) || TRANSPORT_KINDS.has(call.code));
  metrics.providerErrors.inc({ method: call.method, code: known ? call.code! : "other" });
}
