// `npm run bench:fanout`: one instance holding 1,000 open event streams (signed-in agents) while
// contacts write, on PGlite and on PostgreSQL (TEST_DATABASE_URL): database commit → frame on a
// stream, and server memory per stream. Then three instances on one PostgreSQL: the leader is
// killed and the time for messages to reach the survivors' streams is measured. Runs the
// production build (run `npm run build` first) on 127.0.0.1, ports 3510–3522.
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createTestDatabase } from "../../tests/support/postgres";
import { runFailover, type FailoverResult } from "./fanout-failover";
import { runSingle, type SingleResult } from "./fanout-single";
import type { Timing } from "./stats";

const { values: opts } = parseArgs({
  options: {
    streams: { type: "string", default: "1000" },
    messages: { type: "string", default: "60" },
    seconds: { type: "string", default: "30" },
    parts: { type: "string", default: "pglite,postgres,failover" },
    // Other engineers' test suites share the machine: wait (bounded) for a quieter moment.
    "max-load": { type: "string", default: "2" },
    "load-wait": { type: "string", default: "300" },
    // A directory: the single-instance servers write a CPU profile of the message phase there.
    "cpu-prof": { type: "string" },
  },
});
const parts = new Set(opts.parts.split(","));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
const timing = (t: Timing | null) => (t ? `${ms(t.p50)} / ${ms(t.p95)} / ${ms(t.max)}` : "–");
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const load = () => loadavg().map((l) => l.toFixed(2)).join(", ");

async function quietMachine(): Promise<void> {
  const deadline = Date.now() + Number(opts["load-wait"]) * 1000;
  while (loadavg()[0] > Number(opts["max-load"]) && Date.now() < deadline) {
    console.log(`load ${load()}: waiting for the 1-minute load to fall below ${opts["max-load"]}`);
    await sleep(15_000);
  }
  console.log(`starting with load average ${load()}`);
}

function printSingle(r: SingleResult, loadDuring: string): void {
  const perStream = (r.rssStreams - r.rssBefore) / r.streams;
  console.log(`\n### ${r.label}: ${r.streams} streams (${r.agents} agents), ${r.messagesWritten} contact messages`);
  console.log(`\n| measure | value |\n| --- | --- |`);
  console.log(`| events in the window | ${r.events} |`);
  console.log(`| deliveries expected / received | ${r.expected} / ${r.received} |`);
  console.log(`| created_at → stream, p50 / p95 / max | ${timing(r.fromCreatedAt)} |`);
  console.log(`| NOTIFY heard → stream, p50 / p95 / max | ${timing(r.fromNotify)} |`);
  console.log(`| created_at → first stream per event, p50 / p95 / max | ${timing(r.toFirst)} |`);
  console.log(`| first → last stream per event, p50 / p95 / max | ${timing(r.spread)} |`);
  console.log(`| bench client event-loop delay, p99 / max | ${ms(r.clientLag.p99)} / ${ms(r.clientLag.max)} |`);
  console.log(`| server RSS: before / ${r.streams} streams open / after the messages | ${mb(r.rssBefore)} / ${mb(r.rssStreams)} / ${mb(r.rssAfter)} |`);
  console.log(`| memory per stream | ${(perStream / 1024).toFixed(1)} KB |`);
  console.log(`| server CPU while messages arrived | ${(r.cpuShare * 100).toFixed(0)} % of a core |`);
  console.log(`| load average (1, 5, 15 min) at the end | ${loadDuring} |`);
}

function printFailover(r: FailoverResult, loadDuring: string): void {
  console.log(`\n### Failover: ${r.instances} instances, leader killed (SIGKILL), ${r.streamsOnSurvivors} streams on the survivors`);
  console.log(`\nkill → a survivor reports leader: ${r.newLeaderAfter === null ? "never (30 s)" : ms(r.newLeaderAfter)}; load ${loadDuring}`);
  console.log(`\n| message | written after the kill | write → on every survivor stream | streams reached |\n| --- | ---: | ---: | ---: |`);
  r.messages.forEach((m, i) =>
    console.log(`| ${i} | ${ms(m.writtenAfterKill)} | ${m.toAllStreams === null ? "not all" : ms(m.toAllStreams)} | ${m.streamsReached}/${r.streamsOnSurvivors} |`),
  );
  const worst = Math.max(...r.messages.map((m) => m.toAllStreams ?? Infinity));
  console.log(`\nworst: ${Number.isFinite(worst) ? ms(worst) : "a message missed a stream"} (budget 5,000 ms)`);
}

async function main(): Promise<void> {
  const profileDir = opts["cpu-prof"];
  const serverEnv = profileDir
    ? { NODE_OPTIONS: `--import ${path.join(__dirname, "fanout-cpu-profile.mjs")}`, FANOUT_CPU_PROFILE_DIR: path.resolve(profileDir) }
    : undefined;
  const base = { streams: Number(opts.streams), messages: Number(opts.messages), seconds: Number(opts.seconds), serverEnv, profile: Boolean(profileDir) };
  if (parts.has("pglite")) {
    await quietMachine();
    printSingle(await runSingle({ ...base, label: "PGlite", port: 3510 }), load());
  }
  const needsPostgres = parts.has("postgres") || parts.has("failover");
  if (needsPostgres && !process.env.TEST_DATABASE_URL) {
    console.log("\nTEST_DATABASE_URL is not set: skipping the PostgreSQL parts (export TEST_DATABASE_URL=$(bash scripts/ensure-test-postgres.sh))");
    return;
  }
  if (parts.has("postgres")) {
    await quietMachine();
    const database = await createTestDatabase();
    try {
      printSingle(await runSingle({ ...base, label: "PostgreSQL", port: 3511, databaseUrl: database.url }), load());
    } finally {
      await database.drop();
    }
  }
  if (parts.has("failover")) {
    await quietMachine();
    const database = await createTestDatabase();
    try {
      printFailover(await runFailover({ databaseUrl: database.url, ports: [3520, 3521, 3522], streamsPerInstance: 30, messages: 10, gapMs: 500 }), load());
    } finally {
      await database.drop();
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
