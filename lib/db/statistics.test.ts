import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inboxFixture } from "@/lib/inbox/test-fixtures";
import { rowsOf } from "./rows";
import { analyzeGrownTables } from "./statistics";

let f: Awaited<ReturnType<typeof inboxFixture>>;
let longId: string;

/** The plan of a thread's newest page (lib/inbox/thread.ts's query, its joins left out). */
async function newestPagePlan(conversationId: string): Promise<string> {
  const rows = rowsOf<Record<string, string>>(
    await f.db.execute(sql`explain select * from messages where conversation_id = ${conversationId} order by sent_at desc, id desc limit 51`),
  );
  return rows.map((r) => Object.values(r)[0]).join("\n");
}

beforeAll(async () => {
  f = await inboxFixture();
  // A channel's small conversations, then one 20,000-message thread written after them.
  for (let i = 0; i < 20; i++) await f.addConversation(`small-${i}`, new Date(Date.UTC(2026, 10, 1, 9, i)), 3);
  longId = (await f.addConversation("long", new Date(Date.UTC(2026, 10, 2)), 0)).id;
  await f.db.execute(sql`
    insert into messages (conversation_id, provider_message_id, direction, body, sent_at)
    select ${longId}, 'long-' || i, 'inbound', 'message ' || i, timestamptz '2026-11-01' + i * interval '1 minute'
    from generate_series(1, 20000) i`);
}, 60_000);
afterAll(async () => f?.close());

describe("the planner's statistics on PGlite (no autovacuum)", () => {
  it("analyzes the tables that grew, so a long thread's newest page is read along its index instead of sorted whole", async () => {
    expect(await newestPagePlan(longId)).toMatch(/Sort/);
    const analyzed = await analyzeGrownTables(f.db);
    expect(analyzed).toContain("messages");
    const [{ reltuples }] = rowsOf<{ reltuples: number }>(await f.db.execute(sql`select reltuples from pg_class where relname = 'messages'`));
    expect(Number(reltuples)).toBeGreaterThan(19_000);
    const plan = await newestPagePlan(longId);
    expect(plan).toMatch(/Index Scan Backward using messages_thread_idx/);
    expect(plan).not.toMatch(/Sort/);
  });

  it("leaves alone what has not grown by a tenth since", async () => {
    expect(await analyzeGrownTables(f.db)).toEqual([]);
    await f.db.execute(sql`insert into messages (conversation_id, provider_message_id, direction, body, sent_at)
      select ${longId}, 'more-' || i, 'inbound', 'more', now() from generate_series(1, 200) i`);
    expect(await analyzeGrownTables(f.db)).toEqual([]);
  });
});
