// `npm run bench:reports -- [--db pglite|postgres|both] [--conversations 100000] [--messages 2000000] [--runs 40] [--url postgres://…] [--pglite-dir DIR]`
// Times GET /api/reports' work (lib/reports buildReport: every statement of one report) for 30
// days on the mirror of bench:queries (scripts/bench/seed-mirror.ts) with agents' replies and
// audited resolutions added, after filling the aggregates with the rebuild (timed too).
// PostgreSQL: a fresh database on the server at TEST_DATABASE_URL, dropped after.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { rebuildReports } from "@/lib/reports/rebuild";
import { buildReport } from "@/lib/reports/report";
import type { ReportQuery } from "@/lib/reports/range";
import { withBenchDatabase } from "./bench-database";
import { DATABASE_LABEL, machineLine, parseMirrorBenchOptions, type BenchDatabase, type MirrorBenchOptions } from "./mirror-options";
import { rowsOf } from "@/lib/db/rows";
import { seedMirror } from "./seed-mirror";
import { summarise, timingTable, type Timing } from "./stats";

type Options = MirrorBenchOptions;
const WARMUP = 5;
const ZONE = "Europe/Madrid";
const LABEL = DATABASE_LABEL;

/**
 * Resolutions as the app audits them: every conversation the seed left resolved, 10 minutes
 * after its last message; and a fifth of those also resolved halfway through their thread, so
 * the customer's next message reopens them (second cycles).
 */
async function auditResolutions(db: Db): Promise<void> {
  await db.execute(sql`
    insert into audit_log (at, kind, target_type, target_id, before, after)
    select at, 'conversation.status', 'conversation', id::text, '{"status":"open"}'::jsonb, '{"status":"resolved"}'::jsonb from (
      select c.id, c.created_at + (c.last_message_at - c.created_at) / 2 + interval '1 second' as at
      from conversations c where c.status = 'resolved' and c.inbound_count >= 2 and random() < 0.2
      union all
      select c.id, c.last_message_at + interval '10 minutes' from conversations c where c.status = 'resolved'
    ) r order by at`);
}

/** Seeds the mirror and fills the aggregates, unless the database already holds a data set. */
async function seedIfEmpty(db: Db, kind: BenchDatabase, options: Options): Promise<string> {
  const [{ n: existing }] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from conversations`));
  let seedLine = `reused (${existing} conversations already in ${options["pglite-dir"]})`;
  let rebuildMs = 0;
  if (existing === 0) {
    console.error(`${LABEL[kind]}: seeding ${options.conversations} conversations / ${options.messages} messages…`);
    const seeded = await seedMirror(db, { ...options, repliesByAgents: true });
    await auditResolutions(db);
    const rebuildStarted = performance.now();
    await rebuildReports(db);
    rebuildMs = performance.now() - rebuildStarted;
    seedLine = `${seeded.counts.conversations} conversations, ${seeded.counts.messages} messages seeded in ${(seeded.seedMs / 1000).toFixed(1)} s`;
  }
  await db.execute(sql`vacuum analyze report_cycles`);
  await db.execute(sql`vacuum analyze report_hourly`);
  const [counts] = rowsOf<{ cycles: string; hours: string; resolved: string }>(
    await db.execute(sql`select (select count(*) from report_cycles) as cycles, (select count(*) from report_hourly) as hours,
      (select count(*) from report_cycles where resolved_at is not null) as resolved`),
  );
  const facts =
    `${LABEL[kind]}: ${seedLine}; ` +
    `${rebuildMs ? `rebuild ${(rebuildMs / 1000).toFixed(1)} s` : "aggregates as kept"} → ${counts.cycles} cycles (${counts.resolved} resolved), ${counts.hours} hourly rows`;
  console.error(facts);
  return facts;
}

async function timeReports(db: Db, facts: string, options: Options) {
  const pickOne = async (q: string) => rowsOf<{ id: string }>(await db.execute(sql.raw(q)))[0].id;
  const channelId = await pickOne(`select id from channels order by platform_id limit 1`);
  const agentId = await pickOne(`select id from agents where email = 'agent2@bench.test'`);
  const labelId = await pickOne(`select id from labels where name = 'Billing'`);
  const common: ReportQuery = { range: "30d" };
  const cases: [string, ReportQuery][] = [
    ["30 days, no filter", common],
    ["30 days, one channel", { ...common, channelId }],
    ["30 days, one agent", { ...common, agentId }],
    ["30 days, one label", { ...common, labelId }],
    ["30 days, channel + agent + label", { ...common, channelId, agentId, labelId }],
    ["7 days, no filter", { range: "7d" }],
  ];
  const timings = new Map<string, Timing>();
  for (const [name, query] of cases) {
    for (let i = 0; i < WARMUP; i++) await buildReport(db, query, ZONE);
    const samples: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      const started = performance.now();
      await buildReport(db, query, ZONE);
      samples.push(performance.now() - started);
    }
    timings.set(name, summarise(samples));
    console.error(`  ${name}: p95 ${timings.get(name)!.p95.toFixed(1)} ms`);
  }
  return { facts: `${facts}; 1-minute load average ${os.loadavg()[0].toFixed(1)} after timing`, timings, names: cases.map((c) => c[0]) };
}

async function benchOne(kind: BenchDatabase, options: Options) {
  if (kind === "postgres") return withBenchDatabase(kind, options.url, async ({ db }) => timeReports(db, await seedIfEmpty(db, kind, options), options));
  // PGlite is timed on its folder opened again, as a server started on it reads it, not inside
  // the process that has just written 2,000,000 rows (its heap and PGlite's memory full of them).
  const dir = options["pglite-dir"] ?? mkdtempSync(path.join(os.tmpdir(), "switchboard-bench-"));
  try {
    const facts = await withBenchDatabase(kind, undefined, ({ db }) => seedIfEmpty(db, kind, options), undefined, dir);
    return await withBenchDatabase(kind, undefined, ({ db }) => timeReports(db, facts, options), undefined, dir);
  } finally {
    if (!options["pglite-dir"]) rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const options = parseMirrorBenchOptions(40);
  const kinds = options.databases;
  const byDatabase = new Map<string, Map<string, Timing>>();
  const notes: string[] = [];
  let names: string[] = [];
  for (const kind of kinds) {
    const result = await benchOne(kind, options);
    byDatabase.set(LABEL[kind], result.timings);
    names = result.names;
    notes.push(`- ${result.facts}`);
  }
  console.log(
    [
      `Milliseconds per report (buildReport: every statement of GET /api/reports), ${options.runs} runs each after ${WARMUP} warm-up runs, report zone ${ZONE}.`,
      "",
      timingTable(names, byDatabase),
      "",
      machineLine(),
      ...notes,
    ].join("\n"),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
