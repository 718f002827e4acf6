import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/client";
import { sandboxChannels } from "@/lib/db/schema";
import { injectInboundMessage } from "@/lib/sandbox/simulator";
import { eventually } from "@/lib/sync/test-helpers";
import { startApp, type RunningApp } from "../support/app-server";
import { startLiveUpstream, UPSTREAM_PROVIDER as PROVIDER } from "../support/live-upstream";

// Two app instances in live mode on one PostgreSQL, against a protocol-speaking stand-in outside
// them: exactly one polls; kill it and the other takes over and keeps the mirror current.
let live: Awaited<ReturnType<typeof startLiveUpstream>>;
let upstream: OpenDatabase;
let mirror: postgres.Sql;

beforeAll(async () => {
  live = await startLiveUpstream();
  ({ upstream, mirror } = live);
});
afterAll(async () => {
  await live?.close();
});

const env = () => live.env();

async function roleOf(app: RunningApp): Promise<string | null> {
  try {
    const body = await fetch(`${app.url}/api/health`).then((r) => r.json());
    return body?.sync?.role ?? null;
  } catch {
    return null;
  }
}

async function mirroredCount(text: string): Promise<number> {
  const [row] = await mirror<{ n: number }[]>`select count(*)::int as n from messages where body = ${text}`;
  return row.n;
}

describe("one poller across instances", () => {
  it("elects one leader; when it is killed the other takes over within seconds and keeps mirroring", async () => {
    const apps = [await startApp(3141, env()), await startApp(3142, env())];
    try {
      const roles = await eventually(
        async () => {
          const r = await Promise.all(apps.map(roleOf));
          return r.every((x) => x === "leader" || x === "follower") ? r : null;
        },
        10_000,
        "both roles",
      );
      expect([...roles].sort()).toEqual(["follower", "leader"]);
      const leader = apps[roles.indexOf("leader")];
      const follower = apps[roles.indexOf("follower")];

      // The leader mirrors the provider: channels, and the seeded threads.
      await eventually(async () => {
        const [{ n }] = await mirror<{ n: number }[]>`select count(*)::int as n from channels where listed`;
        const [{ m }] = await mirror<{ m: number }[]>`select count(*)::int as m from messages`;
        return n === 3 && m > 0;
      }, 20_000, "the first mirror");

      await leader.kill("SIGKILL");
      const killedAt = Date.now();
      await eventually(async () => (await roleOf(follower)) === "leader", 10_000, "the follower to take over");
      expect(Date.now() - killedAt).toBeLessThan(10_000);

      const [channel] = await upstream.db.select().from(sandboxChannels).limit(1);
      const text = `After the takeover ${Date.now()} ✓`;
      await injectInboundMessage(upstream.db, channel.id, "34699000111", { text });
      await eventually(async () => (await mirroredCount(text)) > 0, 10_000, "the new message in the mirror");

      // Polls go on; the message stays stored once.
      await new Promise((r) => setTimeout(r, 1500));
      expect(await mirroredCount(text)).toBe(1);
      const [{ d }] = await mirror<{ d: number }[]>`
        select count(*)::int as d from (select 1 from messages group by conversation_id, provider_message_id having count(*) > 1) dup`;
      expect(d).toBe(0);
      expect(follower.output()).not.toContain(PROVIDER.password);
    } finally {
      for (const app of apps) await app.stop();
    }
  }, 120_000);
});
