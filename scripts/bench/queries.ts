// `npm run bench:queries -- [--db pglite|postgres|both] [--conversations 100000] [--messages 2000000] [--runs 200]
//    [--url postgres://…] [--thread-statistics 1000]`
// Times the inbox's mirror reads (the real lib/inbox functions) on a seeded mirror, on PGlite and
// on PostgreSQL, and prints p50/p95/max per query as Markdown. PostgreSQL: a fresh database on the
// server at TEST_DATABASE_URL (`bash scripts/ensure-test-postgres.sh` prints one), dropped after.
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { asc, sql } from "drizzle-orm";
import { z } from "zod";
import type { SessionAgent } from "@/lib/auth/session";
import type { Db, OpenDatabase } from "@/lib/db/client";
import { agents, channelMembers, channels } from "@/lib/db/schema";
import { listChannels } from "@/lib/inbox/channels";
import { listConversations } from "@/lib/inbox/conversations";
import { markConversationRead } from "@/lib/inbox/read-markers";
import { getNewMessages, getThread } from "@/lib/inbox/thread";
import { withBenchDatabase } from "./bench-database";
import { explainer } from "./explain";
import { viewCases, viewFixtures, viewPlans } from "./query-views";
import { mirrorOptionsSchema } from "./mirror-options";
import { rowsOf } from "@/lib/db/rows";
import { seedMirror, type SeededMirror } from "./seed-mirror";
import { executionMs, sortsRows, summarise, summarisePlan, timingTable, type Timing } from "./stats";

const optionsSchema = mirrorOptionsSchema.extend({
  threadStatistics: z.coerce.number().int().min(1).max(10_000).optional(),
});
type Options = z.infer<typeof optionsSchema>;

const DEEP_PAGES = 20;
const OLDER_PAGES = 10;
const WARMUP = 20;

/** A seeded PRNG (mulberry32): every run picks the same "random" conversations and agents. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return <T>(list: T[]): T => list[Math.floor(next() * list.length)];
}

interface Case {
  name: string;
  /** Picks this run's arguments (untimed) and returns the timed call. */
  prepare: () => () => Promise<unknown>;
}

async function measure(c: Case, runs: number): Promise<Timing> {
  for (let i = 0; i < Math.min(WARMUP, runs); i++) await c.prepare()();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const call = c.prepare();
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  return summarise(samples);
}

async function fixtures(db: Db, seeded: SeededMirror) {
  const agentRows = await db.select().from(agents).orderBy(asc(agents.email));
  const memberships = await db.select().from(channelMembers);
  const people: SessionAgent[] = agentRows.map((a) => ({
    id: a.id,
    email: a.email,
    name: a.name,
    role: a.role,
    channelIds: memberships.filter((m) => m.agentId === a.id).map((m) => m.channelId),
  }));
  const channelIds = (await db.select({ id: channels.id }).from(channels)).map((c) => c.id);
  const as = (agent: SessionAgent) => ({ db, agent });
  // The cursor of page DEEP_PAGES + 1 of each channel, reached the way a scrolling client does.
  const deep = new Map<string, string | null>();
  for (const channelId of channelIds) {
    let cursor: string | null = null;
    for (let page = 0; page < DEEP_PAGES; page++) {
      const next: string | null = (await listConversations(as(people[0]), channelId, cursor)).nextCursor;
      if (!next) break;
      cursor = next;
    }
    deep.set(channelId, cursor);
  }
  const longIds = seeded.longIds.slice(0, 50);
  const older: { id: string; before: string }[] = [];
  const after: { id: string; afterId: number }[] = [];
  for (const id of longIds) {
    let page = await getThread(as(people[0]), id, null);
    after.push({ id, afterId: page.messages[Math.max(0, page.messages.length - 10)].id });
    for (let i = 0; i < OLDER_PAGES && page.olderCursor; i++) {
      older.push({ id, before: page.olderCursor });
      page = await getThread(as(people[0]), id, page.olderCursor);
    }
  }
  const lastOlder = older.filter((o, i) => older[i + 1]?.id !== o.id);
  return { people, channelIds, as, deep, longIds, older: lastOlder, after, views: await viewFixtures(db, people, channelIds) };
}

function cases(f: Awaited<ReturnType<typeof fixtures>>, seeded: SeededMirror): Case[] {
  const pick = rng(7);
  const anyConversation = [...seeded.longIds, ...seeded.shortIds];
  return [
    { name: "listChannels (agent's unread per channel)", prepare: () => { const ctx = f.as(pick(f.people)); return () => listChannels(ctx); } },
    {
      name: "listConversations, first page (50, unread per conversation included)",
      prepare: () => { const ctx = f.as(pick(f.people)); const ch = pick(f.channelIds); return () => listConversations(ctx, ch, null); },
    },
    {
      name: `listConversations, page ${DEEP_PAGES + 1} (cursor)`,
      prepare: () => { const ctx = f.as(pick(f.people)); const ch = pick(f.channelIds); return () => listConversations(ctx, ch, f.deep.get(ch) ?? null); },
    },
    ...viewCases(f.views, rng(11)),
    {
      name: "getThread, newest page, long thread (1,000+ messages)",
      prepare: () => { const ctx = f.as(pick(f.people)); const id = pick(f.longIds); return () => getThread(ctx, id, null); },
    },
    {
      name: "getThread, newest page, short thread (2-20 messages)",
      prepare: () => { const ctx = f.as(pick(f.people)); const id = pick(seeded.shortIds); return () => getThread(ctx, id, null); },
    },
    {
      name: `getThread, older page (before, ${OLDER_PAGES} pages back)`,
      prepare: () => { const ctx = f.as(pick(f.people)); const o = pick(f.older); return () => getThread(ctx, o.id, o.before); },
    },
    {
      name: "getNewMessages (after the 10th newest, long thread)",
      prepare: () => { const ctx = f.as(pick(f.people)); const a = pick(f.after); return () => getNewMessages(ctx, a.id, a.afterId); },
    },
    {
      name: "markConversationRead",
      prepare: () => { const ctx = f.as(pick(f.people)); const id = pick(anyConversation); return () => markConversationRead(ctx, id); },
    },
  ];
}

async function plans(open: OpenDatabase, f: Awaited<ReturnType<typeof fixtures>>, longIds: string[]): Promise<string[]> {
  const ex = explainer(open);
  const agent = f.people[1];
  const ch = f.channelIds[0];
  const long = f.older[0];
  const targets: [string, (db: Db) => Promise<unknown>, RegExp][] = [
    ["list, first page", (db) => listConversations({ db, agent }, ch, null), /from "conversations"/],
    [`list, page ${DEEP_PAGES + 1}`, (db) => listConversations({ db, agent }, ch, f.deep.get(ch) ?? null), /from "conversations"/],
    ["thread, newest page", (db) => getThread({ db, agent }, long.id, null), /from "messages"/],
    ["thread, older page", (db) => getThread({ db, agent }, long.id, long.before), /from "messages"/],
    ["new messages", (db) => getNewMessages({ db, agent }, f.after[0].id, f.after[0].afterId), /from "messages"/],
  ];
  targets.push(...viewPlans(f.views));
  const out: string[] = [];
  for (const [label, call, pickStatement] of targets) out.push(`- ${label}: ${summarisePlan(await ex.explain(call, pickStatement))}`);
  // The plan of a thread page depends on the planner's row estimate for that conversation, so
  // one plan proves little: survey the newest page of every long thread.
  let sorted = 0;
  let slowest = 0;
  for (const id of longIds) {
    const lines = await ex.explain((db) => getThread({ db, agent }, id, null), /from "messages"/);
    if (sortsRows(lines)) sorted++;
    slowest = Math.max(slowest, executionMs(lines));
  }
  out.push(
    `- thread, newest page of each of the ${longIds.length} long threads: ${longIds.length - sorted} read the index backward, ` +
      `${sorted} fetch the whole thread and sort it; slowest execution ${slowest.toFixed(3)} ms`,
  );
  return out;
}


const LABEL = { pglite: "PGlite", postgres: "PostgreSQL" } as const;

async function benchOne(kind: "pglite" | "postgres", options: Options) {
  return withBenchDatabase(kind, options.url, async (open) => {
    const [{ version }] = rowsOf<{ version: string }>(await open.db.execute(sql`select version()`));
    console.error(`${LABEL[kind]}: seeding ${options.conversations} conversations / ${options.messages} messages…`);
    const seeded = await seedMirror(open.db, options);
    const { counts } = seeded;
    const facts =
      `${LABEL[kind]} (${version.split(",")[0]}): seeded ${counts.conversations} conversations, ${counts.messages} messages ` +
      `(${counts.inbound} inbound, ${counts.longThreads} threads of 1,000+), ${counts.readMarkers} read markers ` +
      `in ${(seeded.seedMs / 1000).toFixed(1)} s, vacuum analyze ${(seeded.vacuumMs / 1000).toFixed(1)} s` +
      (options.threadStatistics ? ` (messages.conversation_id statistics target ${options.threadStatistics})` : "");
    console.error(facts);
    const f = await fixtures(open.db, seeded);
    const load = () => os.loadavg()[0].toFixed(1);
    const loadBefore = load();
    const timings = new Map<string, Timing>();
    const list = cases(f, seeded);
    for (const c of list) {
      timings.set(c.name, await measure(c, options.runs));
      console.error(`  ${c.name}: p50 ${timings.get(c.name)!.p50.toFixed(2)} ms`);
    }
    // Other processes on a small machine show up in p95 and max: say how busy it was.
    const loaded = `${facts}; 1-minute load average ${loadBefore} before timing, ${load()} after`;
    return { facts: loaded, timings, names: list.map((c) => c.name), plans: await plans(open, f, seeded.longIds) };
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      db: { type: "string", default: "both" },
      conversations: { type: "string", default: "100000" },
      messages: { type: "string", default: "2000000" },
      runs: { type: "string", default: "200" },
      url: { type: "string", default: process.env.TEST_DATABASE_URL },
      "thread-statistics": { type: "string" },
    },
  });
  const parsed = optionsSchema.safeParse({ ...values, threadStatistics: values["thread-statistics"] });
  if (!parsed.success) throw new Error(`--${String(parsed.error.issues[0].path[0])}: ${parsed.error.issues[0].message}`);
  const options = parsed.data;
  const kinds = options.db === "both" ? (["pglite", "postgres"] as const) : ([options.db] as const);

  const pglite = JSON.parse(readFileSync(path.join(process.cwd(), "node_modules/@electric-sql/pglite/package.json"), "utf8")).version;
  const byDatabase = new Map<string, Map<string, Timing>>();
  const notes: string[] = [];
  let names: string[] = [];
  for (const kind of kinds) {
    const result = await benchOne(kind, options);
    byDatabase.set(LABEL[kind], result.timings);
    names = result.names;
    notes.push(`- ${result.facts}`, `- EXPLAIN (ANALYZE, BUFFERS) on ${LABEL[kind]}:`, ...result.plans.map((p) => `  ${p}`));
  }
  const cpu = os.cpus();
  console.log(
    [
      `Milliseconds per call of the lib/inbox function (all its statements), ${options.runs} runs each after ${WARMUP} warm-up runs, random agents and conversations, one caller at a time.`,
      "",
      timingTable(names, byDatabase),
      "",
      `Machine: ${cpu.length} × ${cpu[0]?.model ?? "?"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, @electric-sql/pglite ${pglite}.`,
      ...notes,
    ].join("\n"),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
