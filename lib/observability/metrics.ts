import "server-only";
import { Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * The process's Prometheus series. Counters and histograms are updated where things happen;
 * gauges that describe the database (sync lag, outbox) are read when scraped (see collect.ts).
 */
function createMetrics() {
  const registry = new Registry();
  registry.setDefaultLabels({ service: "switchboard" });
  return {
    registry,
    providerCalls: new Counter({
      name: "switchboard_provider_calls_total",
      help: "Calls to the Afilnet API, by method and outcome (ok, api_error, transport_error).",
      labelNames: ["method", "outcome"] as const,
      registers: [registry],
    }),
    providerErrors: new Counter({
      name: "switchboard_provider_errors_total",
      help: "Failed calls to the Afilnet API, by method and error code.",
      labelNames: ["method", "code"] as const,
      registers: [registry],
    }),
    providerDuration: new Histogram({
      name: "switchboard_provider_call_duration_seconds",
      help: "Time of one call to the Afilnet API.",
      labelNames: ["method"] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20],
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: "switchboard_http_request_duration_seconds",
      help: "Time to answer an API request, by route pattern, method and status.",
      labelNames: ["route", "method", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    syncLag: new Gauge({
      name: "switchboard_sync_lag_seconds",
      help: "Seconds since each channel was last mirrored from the provider.",
      labelNames: ["channel"] as const,
      registers: [registry],
    }),
    outboxDepth: new Gauge({ name: "switchboard_outbox_queue_depth", help: "Replies waiting to be sent or being sent.", registers: [registry] }),
    outboxOldest: new Gauge({
      name: "switchboard_outbox_oldest_age_seconds",
      help: "Age of the oldest reply still waiting to be sent (0 when none).",
      registers: [registry],
    }),
    eventStreams: new Gauge({ name: "switchboard_event_streams_open", help: "Server-Sent Event streams open on this instance.", registers: [registry] }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const globalForMetrics = globalThis as unknown as { switchboardMetrics?: Metrics };

export function getMetrics(): Metrics {
  globalForMetrics.switchboardMetrics ??= createMetrics();
  return globalForMetrics.switchboardMetrics;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A request path as a route pattern, so ids do not make one series per conversation. */
export function routeLabel(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => (UUID.test(segment) ? ":id" : /^\d+$/.test(segment) ? ":n" : segment.length > 40 ? ":token" : segment))
    .join("/")
    .slice(0, 120);
}
