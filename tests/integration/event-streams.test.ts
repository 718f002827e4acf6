import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../support/app-server";
import { eventually } from "../support/eventually";
import { signIn } from "../support/session";
import { connectSse, type SseClient } from "../support/sse-client";
import { STREAM_LIMITS } from "@/lib/events/stream-slots";

let app: RunningApp;
let admin: string;
let supervisor: string;
const open: SseClient[] = [];

async function stream(cookie: string): Promise<SseClient> {
  const client = await connectSse(`${app.url}/api/events`, { cookie });
  open.push(client);
  return client;
}

beforeAll(async () => {
  app = await startApp(3401);
  admin = await signIn(app.url, "admin@switchboard.test", "switchboard-admin");
  supervisor = await signIn(app.url, "supervisor@switchboard.test", "switchboard-supervisor");
});
afterAll(async () => {
  for (const client of open) client.close();
  await app?.stop();
});

describe("event streams per agent", () => {
  it(`accepts ${STREAM_LIMITS.perAgent} streams, refuses the next with 429, and frees a slot when one closes`, async () => {
    const mine: SseClient[] = [];
    for (let i = 0; i < STREAM_LIMITS.perAgent; i++) mine.push(await stream(admin));
    expect(mine.map((c) => c.status)).toEqual(Array(STREAM_LIMITS.perAgent).fill(200));

    const refused = await fetch(`${app.url}/api/events`, { headers: { cookie: admin, accept: "text/event-stream" } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({
      error: { code: "too_many_streams", message: "Too many open tabs for this account: close some and reload." },
    });

    // Another agent is not held back by this one's tabs.
    expect((await stream(supervisor)).status).toBe(200);

    mine[0].close();
    await eventually(async () => {
      const again = await stream(admin);
      if (again.status !== 200) {
        again.close();
        throw new Error(`still ${again.status}`);
      }
    }, 10_000);
  });

  it("gives every slot back when the streams close", async () => {
    for (const client of open) client.close();
    await eventually(async () => {
      const batch = await Promise.all(Array.from({ length: STREAM_LIMITS.perAgent }, () => stream(admin)));
      const statuses = batch.map((c) => c.status);
      if (statuses.some((s) => s !== 200)) {
        batch.forEach((c) => c.close());
        throw new Error(`not all slots free yet: ${statuses.join(",")}`);
      }
    }, 10_000);
  });
});

describe("an agent's own stream", () => {
  it("tells an agent's own new stream that opening it brought the agent Online", async () => {
    const agent = await signIn(app.url, "agent@switchboard.test", "switchboard-agent");
    const client = await stream(agent);
    expect(client.status).toBe(200);
    const own = () => client.events.map((e) => e.data as { type: string; presence?: string }).filter((e) => e.type === "agent.presence");
    await eventually(async () => expect(own()).toEqual([expect.objectContaining({ presence: "online" })]), 5_000);
  });
});
