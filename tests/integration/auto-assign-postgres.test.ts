import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sandboxChannels } from "@/lib/db/schema";
import { injectInboundMessage } from "@/lib/sandbox/simulator";
import { eventually } from "@/lib/sync/test-helpers";
import { startApp, type RunningApp } from "../support/app-server";
import { startLiveUpstream } from "../support/live-upstream";
import { signIn } from "../support/session";
import { connectSse, type SseClient } from "../support/sse-client";

// The Done-when test of auto-assignment: two real app instances on one PostgreSQL, both running
// the team worker; customers write through the sandbox simulator's library (an upstream stand-in
// outside the apps, as in sync-leader.test.ts); three agents are online because their inboxes
// hold the event stream open, exactly as a browser does.
const AGENT_PASSWORD = "agent-password-1";
const NEW_CONVERSATIONS = 100;

let live: Awaited<ReturnType<typeof startLiveUpstream>>;
beforeAll(async () => {
  live = await startLiveUpstream();
}, 60_000);
afterAll(async () => {
  await live?.close();
});

describe("auto-assignment across two instances on PostgreSQL", () => {
  it("spreads 100 new conversations over 3 online agents of capacity 40: each assigned once, within ±2, none left waiting", async () => {
    const { mirror, upstream } = live;
    const env = () => live.env({ SYNC_MAX_REQUESTS_PER_SECOND: "500" });
    const apps: RunningApp[] = [await startApp(3521, env()), await startApp(3522, env())];
    const streams: SseClient[] = [];
    try {
      await eventually(async () => {
        const [{ n }] = await mirror<{ n: number }[]>`select count(*)::int as n from channels where listed`;
        const [{ m }] = await mirror<{ m: number }[]>`select count(*)::int as m from messages`;
        return n === 3 && m > 0;
      }, 30_000, "the first mirror");
      const [upstreamChannel] = await upstream.db.select().from(sandboxChannels).limit(1);
      const [channel] = await mirror<{ id: string }[]>`select id from channels where platform = ${upstreamChannel.platform} and platform_id = ${upstreamChannel.platformId}`;
      // The seeded chats are done with: only the new ones wait for an owner.
      await mirror`update conversations set status = 'resolved' where channel_id = ${channel.id}`;

      const hash = await bcrypt.hash(AGENT_PASSWORD, 4);
      const agents = await mirror<{ id: string; email: string }[]>`
        insert into agents (email, name, password_hash, role, capacity)
        select 'agent' || i || '@acme.test', 'Agent ' || i, ${hash}, 'agent', 40 from generate_series(1, 3) i
        returning id, email`;
      for (const a of agents) await mirror`insert into channel_members (agent_id, channel_id) values (${a.id}, ${channel.id})`;
      // Online: each agent's inbox holds the event stream open (one on each instance, alternately).
      for (const [i, a] of agents.entries()) {
        const app = apps[i % 2];
        const stream = await connectSse(`${app.url}/api/events`, { cookie: await signIn(app.url, a.email, AGENT_PASSWORD) });
        expect(stream.status).toBe(200);
        streams.push(stream);
      }
      await mirror`update channels set auto_assign = true where id = ${channel.id}`;

      const destinations = Array.from({ length: NEW_CONVERSATIONS }, (_, i) => `3468800${String(i).padStart(4, "0")}`);
      for (const destination of destinations) {
        await injectInboundMessage(upstream.db, upstreamChannel.id, destination, { text: `Hello from ${destination}` });
      }

      const rows = await eventually(
        async () => {
          const found = await mirror<{ id: string; assignee_id: string | null }[]>`
            select id, assignee_id from conversations
            where channel_id = ${channel.id} and destination in ${mirror(destinations)} and last_message_at is not null`;
          return found.length === NEW_CONVERSATIONS && found.every((r) => r.assignee_id !== null) ? found : null;
        },
        90_000,
        "every new conversation to be assigned",
      );

      // One assignment entry per conversation in the append-only log: nobody took one twice.
      const audit = await mirror<{ target_id: string; n: number }[]>`
        select target_id, count(*)::int as n from audit_log
        where kind = 'conversation.assigned' and target_id in ${mirror(rows.map((r) => r.id))}
        group by target_id`;
      expect(audit).toHaveLength(NEW_CONVERSATIONS);
      expect(audit.every((a) => a.n === 1)).toBe(true);

      const perAgent = agents.map((a) => rows.filter((r) => r.assignee_id === a.id).length);
      expect(perAgent.reduce((x, y) => x + y, 0)).toBe(NEW_CONVERSATIONS);
      expect(Math.max(...perAgent) - Math.min(...perAgent)).toBeLessThanOrEqual(2);
      for (const n of perAgent) expect(n).toBeLessThanOrEqual(40);

      // Each agent's inbox heard of its own assignments live.
      await eventually(async () => streams.every((s, i) => s.events.filter((e) => (e.data as { type?: string; assigneeId?: string }).type === "conversation.assigned" && (e.data as { assigneeId?: string }).assigneeId === agents[i].id).length === perAgent[i]) || null, 15_000, "the assignment events");
    } catch (error) {
      const state = await mirror`select c.status, c.assignee_id is null as unassigned, c.last_message_at is null as unlisted, count(*)::int from conversations c group by 1,2,3`;
      const seen = await mirror`select email, last_seen_at, now() as db_now from agents`;
      const counts = await mirror`select * from conversation_counts`;
      const ch = await mirror`select id, auto_assign from channels`;
      console.log(JSON.stringify({ state, seen, counts, ch }, null, 1), apps.map((a) => a.output().slice(-3000)).join("\n-----\n"));
      throw error;
    } finally {
      for (const s of streams) s.close();
      for (const app of apps) await app.stop();
    }
  }, 240_000);
});
