// `npm run bench:api -- [--db pglite|postgres|both] [--clients 50] [--seconds 20] [--warmup 5]
//   [--routes channels,conversations,thread,health,/api/any-path] [--port 3530] [--cpu-prof DIR]`
// Requests per second of the inbox's read routes. Runs the production build (run `npx next build`
// first) on 127.0.0.1, signs in a few demo accounts (one session per sign-in), waits until the
// sandbox mirror has conversations, then `--clients` clients each send one request after another,
// without pause, over the chosen routes for `--warmup` + `--seconds` seconds (only the last
// `--seconds` count). Prints requests/s, per-route p50/p95/p99 and errors, with the load average.
// PostgreSQL needs TEST_DATABASE_URL (`bash scripts/ensure-test-postgres.sh`); a fresh database is
// made and dropped. `--cpu-prof DIR` profiles the server (cpu-prof-preload.mjs; written on stop).
import { readFileSync } from "node:fs";
import http from "node:http";
import { loadavg } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { startApp, type RunningApp } from "../../tests/support/app-server";
import { createTestDatabase } from "../../tests/support/postgres";
import { signIn } from "../../tests/support/session";

const ROUTES = ["channels", "conversations", "thread", "health"] as const;
type Route = (typeof ROUTES)[number] | `/api/${string}`;

const optionsSchema = z.object({
  db: z.enum(["pglite", "postgres", "both"]),
  clients: z.coerce.number().int().min(1).max(200),
  seconds: z.coerce.number().min(1).max(120),
  warmup: z.coerce.number().min(0).max(60),
  routes: z.string().transform((s, ctx) => {
    const list = s.split(",").map((r) => r.trim());
    // A path of its own (e.g. a trivial handler, to measure the framework's floor) is sent as is.
    const bad = list.find((r) => !(ROUTES as readonly string[]).includes(r) && !r.startsWith("/api/"));
    if (bad) ctx.addIssue({ code: "custom", message: `unknown route ${bad} (${ROUTES.join(", ")})` });
    return list as Route[];
  }),
  // 3530–3539 are this benchmark's ports; PostgreSQL runs on the next one.
  port: z.coerce.number().int().min(3530).max(3538),
  "cpu-prof": z.string().optional(),
});
const { values } = parseArgs({
  options: {
    db: { type: "string", default: "both" },
    clients: { type: "string", default: "50" },
    seconds: { type: "string", default: "20" },
    warmup: { type: "string", default: "5" },
    routes: { type: "string", default: ROUTES.join(",") },
    port: { type: "string", default: "3530" },
    "cpu-prof": { type: "string" },
  },
});
const opts = optionsSchema.parse(values);
const ACCOUNTS = [
  ["agent@switchboard.test", "switchboard-agent"],
  ["admin@switchboard.test", "switchboard-admin"],
  ["supervisor@switchboard.test", "switchboard-supervisor"],
] as const;
const SESSIONS_PER_ACCOUNT = 2;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Target {
  channelId: string;
  conversationId: string;
}

/** One keep-alive GET; resolves with the status (0 for a transport error) and drains the body. */
function get(agent: http.Agent, url: URL, cookie: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(url, { agent, method: "GET", headers: { cookie, accept: "application/json" } }, (res) => {
      res.on("data", () => {});
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", () => resolve(0));
    });
    req.setTimeout(30_000, () => req.destroy());
    req.on("error", () => resolve(0));
    req.end();
  });
}

async function getJson<T>(url: string, cookie: string): Promise<T> {
  const res = await fetch(url, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

/** Channels and conversations of the mirror, once the sandbox's first sync has filled it (≤ 60 s). */
async function waitForMirror(base: string, cookie: string): Promise<Target[]> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const { channels } = await getJson<{ channels: { id: string }[] }>(`${base}/api/channels`, cookie);
    const targets: Target[] = [];
    for (const channel of channels) {
      const page = await getJson<{ conversations: { id: string }[] }>(`${base}/api/channels/${channel.id}/conversations`, cookie);
      for (const c of page.conversations.slice(0, 5)) targets.push({ channelId: channel.id, conversationId: c.id });
    }
    if (targets.length > 0) return targets;
    await sleep(500);
  }
  throw new Error("the mirror has no conversations after 60 s");
}

function pathOf(route: Route, t: Target): string {
  if (route.startsWith("/")) return route;
  if (route === "channels") return "/api/channels";
  if (route === "conversations") return `/api/channels/${t.channelId}/conversations`;
  if (route === "thread") return `/api/conversations/${t.conversationId}/messages`;
  return "/api/health";
}

interface RouteResult {
  samples: number[];
  errors: number;
  statuses: Map<number, number>;
}

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ (`getconf CLK_TCK`) on Linux
/** CPU seconds (user + system) a process has used so far, from /proc. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/**
 * `clients` loops without pause; returns per-route timings recorded after the warm-up, and the
 * server's CPU seconds over the measured window: CPU per request, unlike requests per second,
 * hardly moves with what else the machine runs (it is shared), so changes are compared by it.
 */
async function drive(base: string, cookies: string[], targets: Target[], pid: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.clients });
  const results = new Map<Route, RouteResult>(opts.routes.map((r) => [r, { samples: [], errors: 0, statuses: new Map() }]));
  const start = performance.now();
  const measureFrom = start + opts.warmup * 1000;
  const end = measureFrom + opts.seconds * 1000;
  const client = async (i: number) => {
    const cookie = cookies[i % cookies.length];
    for (let n = i; performance.now() < end; n++) {
      const route = opts.routes[n % opts.routes.length];
      const target = targets[(n * 7 + i) % targets.length];
      const sent = performance.now();
      const status = await get(agent, new URL(pathOf(route, target), base), cookie);
      const done = performance.now();
      if (sent < measureFrom || done > end) continue;
      const r = results.get(route)!;
      r.samples.push(done - sent);
      r.statuses.set(status, (r.statuses.get(status) ?? 0) + 1);
      if (status !== 200) r.errors++;
    }
  };
  let cpuAtStart = NaN;
  const mark = setTimeout(() => (cpuAtStart = cpuSeconds(pid)), opts.warmup * 1000);
  await Promise.all(Array.from({ length: opts.clients }, (_, i) => client(i)));
  clearTimeout(mark);
  // Read when the last client is done: the requests still in flight at the end are served by then.
  const cpu = cpuSeconds(pid) - cpuAtStart;
  agent.destroy();
  return { results, cpu };
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] : NaN;
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

function report(label: string, { results, cpu }: { results: Map<Route, RouteResult>; cpu: number }, loadBefore: string) {
  const total = [...results.values()].reduce((s, r) => s + r.samples.length, 0);
  const errors = [...results.values()].reduce((s, r) => s + r.errors, 0);
  const all = [...results.values()].flatMap((r) => r.samples).sort((a, b) => a - b);
  console.log(`\n### ${label}: ${opts.clients} clients, ${opts.seconds} s measured after ${opts.warmup} s warm-up`);
  console.log(`load average before ${loadBefore}, after ${load()}`);
  console.log(`**${(total / opts.seconds).toFixed(1)} requests/s** in all, ${errors} errors, p95 ${percentile(all, 0.95).toFixed(1)} ms`);
  const perRequest = (cpu * 1000) / total;
  console.log(
    `server CPU ${(cpu / opts.seconds).toFixed(2)} cores, ${perRequest.toFixed(2)} ms per request (at most ${(1000 / perRequest).toFixed(0)} requests/s on one core)\n`,
  );
  console.log("| route | requests/s | p50 ms | p95 ms | p99 ms | errors |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const [route, r] of results) {
    const sorted = [...r.samples].sort((a, b) => a - b);
    const f = (p: number) => percentile(sorted, p).toFixed(1);
    const statuses = r.errors ? ` (${[...r.statuses].map(([s, n]) => `${s}×${n}`).join(", ")})` : "";
    console.log(`| ${route} | ${(r.samples.length / opts.seconds).toFixed(1)} | ${f(0.5)} | ${f(0.95)} | ${f(0.99)} | ${r.errors}${statuses} |`);
  }
}

async function run(label: string, port: number, env: Record<string, string>) {
  const preload = pathToFileURL(path.join(__dirname, "cpu-prof-preload.mjs")).href;
  const dir = opts["cpu-prof"] ? path.resolve(opts["cpu-prof"]) : undefined;
  const profile: Record<string, string> = dir ? { NODE_OPTIONS: `--import ${preload}`, BENCH_CPU_PROF_DIR: dir } : {};
  let app: RunningApp | undefined;
  try {
    app = await startApp(port, { ...env, ...profile });
    const cookies: string[] = [];
    for (const [email, password] of ACCOUNTS) {
      for (let i = 0; i < SESSIONS_PER_ACCOUNT; i++) cookies.push(await signIn(app.url, email, password));
    }
    const targets = await waitForMirror(app.url, cookies[0]);
    const loadBefore = load();
    const results = await drive(app.url, cookies, targets, app.pid);
    report(label, results, loadBefore);
  } finally {
    await app?.stop();
  }
}

async function main() {
  if (opts.db === "pglite" || opts.db === "both") await run("PGlite", opts.port, {});
  if (opts.db === "postgres" || opts.db === "both") {
    const database = await createTestDatabase();
    try {
      await run("PostgreSQL", opts.port + 1, { DATABASE_URL: database.url });
    } finally {
      await database.drop();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
