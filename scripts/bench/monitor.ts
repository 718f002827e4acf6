// `npm run bench:monitor -- [--db pglite|postgres|both] [--conversations 100000] [--messages 2000000] [--runs 500] [--url postgres://…]`
// Times the wallboard's read (lib/monitor readWallboard: every figure of /monitor) on the same
// seeded mirror as bench:queries, on PGlite and PostgreSQL, and prints p50/p95/max as Markdown
// with the plans of its two statements. Budget (issue 10): p95 ≤ 20 ms at 100,000 / 2,000,000.
import os from "node:os";
import { asc, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/policy";
import { agents } from "@/lib/db/schema";
import { readWallboard } from "@/lib/monitor/wallboard";
import { withBenchDatabase } from "./bench-database";
import { DATABASE_LABEL, machineLine, parseMirrorBenchOptions, type MirrorBenchOptions } from "./mirror-options";
import { explainer } from "./explain";
import { rowsOf } from "@/lib/db/rows";
import { seedMirror } from "./seed-mirror";
import { summarise, summarisePlan, timingTable, type Timing } from "./stats";

type Options = MirrorBenchOptions;

const WARMUP = 20;
const LABEL = DATABASE_LABEL;
const CASE = "readWallboard (channels: open, unassigned, waiting, agents online; agents: presence, open, last reply)";

async function benchOne(kind: "pglite" | "postgres", options: Options) {
  return withBenchDatabase(
    kind,
    options.url,
    async (open) => {
      const [{ version }] = rowsOf<{ version: string }>(await open.db.execute(sql`select version()`));
      console.error(`${LABEL[kind]}: seeding ${options.conversations} conversations / ${options.messages} messages…`);
      const seeded = await seedMirror(open.db, options);
      // Some people at work: presence is computed for every agent and channel member either way.
      await open.db.execute(sql`update agents set last_seen_at = now(), last_active_at = now() where email like 'agent2%' or email like 'agent3%'`);
      const [boss] = await open.db.select().from(agents).orderBy(asc(agents.email)).limit(1);
      const actor: Actor = { id: boss.id, role: "supervisor", channelIds: [] };
      const board = await readWallboard(open.db, actor);
      const waiting = board.channels.filter((c) => c.waitingSince !== null).length;
      const facts =
        `${LABEL[kind]} (${version.split(",")[0]}): seeded ${seeded.counts.conversations} conversations, ${seeded.counts.messages} messages ` +
        `in ${(seeded.seedMs / 1000).toFixed(1)} s; the board: ${board.channels.length} channels (${waiting} with a customer waiting, ` +
        `${board.channels.reduce((n, c) => n + c.open, 0)} open conversations), ${board.agents.length} agents`;
      console.error(facts);
      for (let i = 0; i < WARMUP; i++) await readWallboard(open.db, actor);
      const samples: number[] = [];
      const loadBefore = os.loadavg()[0].toFixed(1);
      for (let i = 0; i < options.runs; i++) {
        const started = performance.now();
        await readWallboard(open.db, actor);
        samples.push(performance.now() - started);
      }
      const timing = summarise(samples);
      console.error(`  p50 ${timing.p50.toFixed(2)} ms, p95 ${timing.p95.toFixed(2)} ms`);
      const ex = explainer(open);
      const plans = [
        `channels: ${summarisePlan(await ex.explain((db) => readWallboard(db, actor), /from "channels"/))}`,
        `agents: ${summarisePlan(await ex.explain((db) => readWallboard(db, actor), /from "agents" where/))}`,
      ];
      return { facts: `${facts}; 1-minute load average ${loadBefore} before timing, ${os.loadavg()[0].toFixed(1)} after`, timing, plans };
    },
    "switchboard_bench_monitor",
  );
}

async function main() {
  const options = parseMirrorBenchOptions(500);
  const kinds = options.databases;
  const byDatabase = new Map<string, Map<string, Timing>>();
  const notes: string[] = [];
  for (const kind of kinds) {
    const result = await benchOne(kind, options);
    byDatabase.set(LABEL[kind], new Map([[CASE, result.timing]]));
    notes.push(`- ${result.facts}`, `- EXPLAIN (ANALYZE, BUFFERS) on ${LABEL[kind]}:`, ...result.plans.map((p) => `  - ${p}`));
  }
  console.log(
    [
      `Milliseconds per wallboard read (both statements), ${options.runs} runs after ${WARMUP} warm-up runs, one caller at a time.`,
      "",
      timingTable([CASE], byDatabase),
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
