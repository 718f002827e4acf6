// `npm run bench:search -- [--db pglite|postgres|both] [--conversations 100000] [--messages 2000000] [--runs 100] [--url postgres://…]`
// Times lib/search's searchInbox on a seeded mirror with French, Spanish and English text
// (search-words.ts), on PGlite and PostgreSQL: p50/p95/max per kind of search, the index's build
// time and size, and what the index adds to the mirror's writes (applyMessages). PostgreSQL: a
// fresh database on the server at TEST_DATABASE_URL, dropped after.
import os from "node:os";
import { parseArgs } from "node:util";
import { asc, sql } from "drizzle-orm";
import type { SessionAgent } from "@/lib/auth/session";
import type { Db, OpenDatabase } from "@/lib/db/client";
import { agents, channelMembers } from "@/lib/db/schema";
import { searchQuerySchema } from "@/lib/search/query";
import { searchInbox } from "@/lib/search/search";
import { applyMessages } from "@/lib/sync/mirror-messages";
import { withBenchDatabase } from "./bench-database";
import { explainer } from "./explain";
import { rowsOf } from "@/lib/db/rows";
import { seedMirror } from "./seed-mirror";
import { RARE_WORDS, bodySql } from "./search-words";
import { summarise, summarisePlan, timingTable, type Timing } from "./stats";

const WARMUP = 10;
const WRITES = 200;

/** What each kind of search looks for; one is picked at random per run. */
const SEARCHES: Record<string, string[]> = {
  "common word": ["hola", "pedido", "bonjour", "order", "gracias"],
  "rare word": RARE_WORDS,
  "two words, no accents": ["danado merida", "colis abime", "numero pedido", "adresse livraison"],
  prefix: ["pedi", "livr", "reemb", "dama"],
  "phone number": ["+34 600 004 213", "600 0071 22", "34600012", "+34600099001"],
  "200 characters of words": ["hola pedido ".repeat(17).slice(0, 200)],
};

const NAMES = ["María García", "José Pérez", "Élodie Martin", "François Dubois", "John Smith", "Zoë Brown", "Ángela Núñez", "Chloé Petit"];

async function seedContacts(db: Db): Promise<void> {
  await db.execute(
    sql.raw(`
    insert into contacts (platform, destination, name, email, phone)
    select ch.platform, c.destination, (array[${NAMES.map((n) => `'${n}'`).join(",")}])[1 + (hashtext(c.destination) & 7)],
      case when hashtext(c.destination) % 3 = 0 then 'user' || substr(c.destination, 6) || '@example.com' end,
      regexp_replace(c.destination, '^\\+(\\d\\d)(\\d{3})(\\d{3})(\\d+)$', '+\\1 \\2 \\3 \\4')
    from conversations c join channels ch on ch.id = c.channel_id
    on conflict do nothing`),
  );
  await db.execute(
    sql.raw(`update conversations c set contact_id = ct.id from channels ch, contacts ct
      where ch.id = c.channel_id and ct.platform = ch.platform and ct.destination = c.destination`),
  );
}

/** applyMessages (the mirror's write) of one new message into each of WRITES conversations: ms per call. */
async function writeCost(db: Db, conversationIds: string[], tag: string): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    const id = conversationIds[i % conversationIds.length];
    const page = [{ platform: "whatsapp", platformId: "bench-1", destination: "x", messageId: `${tag}-${i}`, direction: "inbound" as const, text: `Hola, mi pedido ${i} llegó dañado en Mérida, ¿qué hago?`, status: "", sentAt: new Date() }];
    const started = performance.now();
    await applyMessages(db, { id }, page);
    samples.push(performance.now() - started);
  }
  return summarise(samples);
}

async function sizes(db: Db): Promise<string> {
  const [row] = rowsOf<Record<string, string>>(
    await db.execute(
      sql.raw(`select pg_size_pretty(pg_relation_size('messages_search_idx')) as words, pg_size_pretty(pg_relation_size('messages')) as heap,
        pg_size_pretty(pg_relation_size('contacts_search_idx')) as contact_words, pg_size_pretty(pg_relation_size('contacts_digits_idx')) as digits`),
    ),
  );
  return `messages_search_idx ${row.words} (the messages table itself: ${row.heap}); contacts_search_idx ${row.contact_words}, contacts_digits_idx ${row.digits}`;
}

async function benchOne(open: OpenDatabase, label: string, size: { conversations: number; messages: number }, runs: number) {
  const db = open.db;
  const [{ version }] = rowsOf<{ version: string }>(await db.execute(sql`select version()`));
  // Seeded without the index, then indexed: what migration 0010 does to an existing mirror.
  await db.execute(sql`drop index messages_search_idx`);
  console.error(`${label}: seeding…`);
  const seeded = await seedMirror(db, { ...size, body: bodySql() });
  await seedContacts(db);
  const targets = seeded.shortIds.slice(0, 100);
  const writesBefore = await writeCost(db, targets, "before");
  console.error(`${label}: indexing…`);
  const indexStarted = performance.now();
  await db.execute(sql.raw(`create index messages_search_idx on messages using gin (switchboard_search_vector(body))`));
  const indexMs = performance.now() - indexStarted;
  await db.execute(sql`vacuum analyze`);
  const writesAfter = await writeCost(db, targets, "after");

  const rows = await db.select().from(agents).orderBy(asc(agents.email));
  const members = await db.select().from(channelMembers);
  const people: SessionAgent[] = rows.map((a) => ({ ...a, channelIds: members.filter((m) => m.agentId === a.id).map((m) => m.channelId) }));
  let seed = 1;
  const pick = <T>(list: T[]) => list[(seed = (seed * 48271) % 2147483647) % list.length];
  const timings = new Map<string, Timing>();
  const loadBefore = os.loadavg()[0].toFixed(1);
  for (const [name, texts] of Object.entries(SEARCHES)) {
    const samples: number[] = [];
    for (let i = 0; i < WARMUP + runs; i++) {
      const agent = pick(people);
      const query = searchQuerySchema.parse({ q: pick(texts) });
      const started = performance.now();
      await searchInbox(db, agent, query);
      if (i >= WARMUP) samples.push(performance.now() - started);
    }
    timings.set(name, summarise(samples));
    console.error(`  ${name}: p95 ${timings.get(name)!.p95.toFixed(1)} ms`);
  }
  timings.set("mirror write (applyMessages), no search index", writesBefore);
  timings.set("mirror write (applyMessages), with the index", writesAfter);

  const ex = explainer(open);
  const plans: string[] = [];
  for (const [name, texts] of Object.entries(SEARCHES)) {
    for (const agent of [people[0], people[1]]) {
      const query = searchQuerySchema.parse({ q: texts[0] });
      const pickStatement = name === "phone number" ? /from "contacts"/ : /from "messages"/;
      const lines = await ex.explain((d) => searchInbox(d, agent, query), pickStatement);
      plans.push(`- ${name} ("${texts[0].slice(0, 30)}", ${agent.role}): ${summarisePlan(lines)}`);
    }
  }
  const facts =
    `${label} (${version.split(",")[0]}): ${seeded.counts.conversations} conversations, ${seeded.counts.messages} messages, seeded in ` +
    `${(seeded.seedMs / 1000).toFixed(0)} s; CREATE INDEX messages_search_idx took ${(indexMs / 1000).toFixed(1)} s; ${await sizes(db)}; ` +
    `1-minute load average ${loadBefore} before timing, ${os.loadavg()[0].toFixed(1)} after`;
  return { facts, timings, plans };
}

async function main() {
  const { values } = parseArgs({
    options: {
      db: { type: "string", default: "both" },
      conversations: { type: "string", default: "100000" },
      messages: { type: "string", default: "2000000" },
      runs: { type: "string", default: "100" },
      url: { type: "string", default: process.env.TEST_DATABASE_URL },
    },
  });
  const size = { conversations: Number(values.conversations), messages: Number(values.messages) };
  const runs = Number(values.runs);
  const kinds = values.db === "both" ? (["pglite", "postgres"] as const) : ([values.db as "pglite" | "postgres"] as const);
  const byDatabase = new Map<string, Map<string, Timing>>();
  const notes: string[] = [];
  let names: string[] = [];
  for (const kind of kinds) {
    const label = kind === "pglite" ? "PGlite" : "PostgreSQL";
    const result = await withBenchDatabase(kind, values.url, (open) => benchOne(open, label, size, runs), "search_bench");
    byDatabase.set(label, result.timings);
    names = [...result.timings.keys()];
    notes.push(`- ${result.facts}`, `- EXPLAIN (ANALYZE, BUFFERS) on ${label}:`, ...result.plans.map((p) => `  ${p}`));
  }
  const cpu = os.cpus();
  console.log(
    [
      `Milliseconds per searchInbox call (all its statements), ${runs} runs per kind after ${WARMUP} warm-up runs, random agent (supervisor or role agent) and text, one caller at a time.`,
      "",
      timingTable(names, byDatabase),
      "",
      `Machine: ${cpu.length} × ${cpu[0]?.model ?? "?"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}.`,
      ...notes,
    ].join("\n"),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
