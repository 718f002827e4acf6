// The chaos run behind `npm run bench:chaos` and tests/integration/chaos.test.ts: replies posted
// to the production build in live mode while the Afilnet stand-in fails a fifth of the sends
// (half stored-but-never-answered, half error pages and resets) and the app is killed -9 and
// restarted on the same data. Afterwards every reply must be at the stand-in exactly once, in
// each chat's order.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { openDatabase } from "@/lib/db/client";
import { sandboxChannels, sandboxMessages } from "@/lib/db/schema";
import type { ChannelsResponse, ConversationsResponse, SendReplyResponse, ThreadResponse } from "@/lib/inbox/types";
import { clearFaults, queueFault } from "@/lib/sandbox/faults";
import { startSandboxServer } from "@/lib/sandbox/node-server";
import { seedSandbox } from "@/lib/sandbox/seed";
import { startApp, type RunningApp } from "../../tests/support/app-server";
import { signIn } from "../../tests/support/session";

export interface ChaosOptions {
  replies: number;
  conversations: number;
  restarts: number;
  appPort: number;
  providerPort: number;
  /** Longer than the app's 15 s send timeout: the send is stored, the app never hears. */
  blackholeMs?: number;
  /** How long to wait for the queue to drain after the last POST. */
  drainTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface ChaosResult {
  replies: number;
  restarts: number;
  lost: number;
  duplicated: number;
  outOfOrder: number;
  notSent: number;
  /** Send requests the app made (each reply once, plus the retries the faults caused). */
  sendRequests: number;
  seconds: number;
}

const PROVIDER = { user: "chaos-user", password: "chaos-Secret-1" };
const ADMIN = { email: "chaos@switchboard.test", password: "chaos-password-1" };
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function runChaos(opts: ChaosOptions): Promise<ChaosResult> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const database = await openDatabase({ kind: "pglite" });
  await seedSandbox(database.db);
  const [channel] = await database.db.select().from(sandboxChannels).where(eq(sandboxChannels.platform, "whatsapp")).limit(1);
  const destinations = Array.from({ length: opts.conversations }, (_, i) => `3469${String(9_000_000 + i).padStart(7, "0")}`);
  await database.db.insert(sandboxMessages).values(
    destinations.map((destination) => ({ channelId: channel.id, destination, sent: 0, message: "Hello, anyone there?", status: "received" })),
  );

  // The app uses the `get` transport here so each request's method can be read from its URL.
  let sendRequests = 0;
  const provider = await startSandboxServer({
    db: database.db,
    credentials: PROVIDER,
    port: opts.providerPort,
    onRequest: (r) => {
      if (/[?&]method=sendmessage(&|$)/.test(r.url)) sendRequests += 1;
    },
  });
  clearFaults();
  // ~20% of sends: 10% blackhole, then ~6% error pages and ~6% resets of the rest.
  const blackholeMs = opts.blackholeMs ?? 16_000;
  queueFault({ kind: "blackhole", ms: blackholeMs, methods: ["sendmessage"], probability: 0.1, count: Infinity });
  queueFault({ kind: "http500", methods: ["sendmessage"], probability: 0.06, count: Infinity });
  queueFault({ kind: "reset", methods: ["sendmessage"], probability: 0.06, count: Infinity });

  const dataDir = mkdtempSync(path.join(tmpdir(), "switchboard-chaos-"));
  const env = {
    AFILNET_USER: PROVIDER.user,
    AFILNET_PASSWORD: PROVIDER.password,
    AFILNET_AUTH: "get",
    AFILNET_API_URL: provider.apiUrl,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SYNC_INTERVAL_MS: "1000",
  };
  const started = performance.now();
  let app: RunningApp = await startApp(opts.appPort, env, { dataDir });
  const base = app.url;
  try {
    const cookie = await signIn(base, ADMIN.email, ADMIN.password);
    const get = async <T>(p: string) => (await fetch(`${base}${p}`, { headers: { cookie } })).json() as Promise<T>;
    const conversationOf = await waitForConversations(get, destinations);

    // Each chat gets its replies one after another (their order is the order of the POSTs).
    const planned = Array.from({ length: opts.replies }, (_, i) => ({
      destination: destinations[i % destinations.length],
      text: `chaos reply ${i} ${randomUUID().slice(0, 8)}`,
      key: randomUUID(),
    }));
    let posted = 0;
    const post = async (reply: (typeof planned)[number]) => {
      const url = `${base}/api/conversations/${conversationOf.get(reply.destination)}/messages`;
      for (;;) {
        try {
          const res = await fetch(url, {
            method: "POST",
            headers: { cookie, origin: base, "content-type": "application/json" },
            body: JSON.stringify({ idempotencyKey: reply.key, text: reply.text }),
            signal: AbortSignal.timeout(10_000),
          });
          if (res.status === 202 || res.status === 200) return void (await res.json() as SendReplyResponse);
          if (res.status < 500) throw new Error(`POST answered ${res.status}: ${await res.text()}`);
        } catch (error) {
          if (error instanceof Error && error.message.startsWith("POST answered")) throw error;
          // The app is down or restarting: the same key again cannot store the reply twice.
        }
        await sleep(300);
      }
    };
    const lanes = destinations.map(async (destination) => {
      for (const reply of planned.filter((r) => r.destination === destination)) {
        await post(reply);
        posted += 1;
        await sleep(Math.random() * 100);
      }
    });
    const restarts = (async () => {
      for (let k = 1; k <= opts.restarts; k += 1) {
        while (posted < (opts.replies * k) / (opts.restarts + 1)) await sleep(50);
        log(`chaos: kill -9 after ${posted} posted`);
        await app.kill("SIGKILL");
        app = await startApp(opts.appPort, env, { dataDir });
        log(`chaos: restarted (${k}/${opts.restarts})`);
      }
    })();
    await Promise.all([...lanes, restarts]);
    log(`chaos: all ${opts.replies} posted in ${((performance.now() - started) / 1000).toFixed(1)} s; waiting for the outbox`);

    const deadline = Date.now() + (opts.drainTimeoutMs ?? 600_000);
    let notSent = opts.replies;
    while (Date.now() < deadline) {
      notSent = 0;
      for (const destination of destinations) {
        const thread = await get<ThreadResponse>(`/api/conversations/${conversationOf.get(destination)}/messages`);
        const mine = planned.filter((r) => r.destination === destination).map((r) => r.text);
        const sent = new Set(thread.messages.filter((m) => m.delivery === "sent").map((m) => m.text));
        notSent += mine.filter((t) => !sent.has(t)).length;
      }
      if (notSent === 0) break;
      await sleep(1000);
    }
    const seconds = (performance.now() - started) / 1000;

    const upstream = await database.db.select().from(sandboxMessages).where(eq(sandboxMessages.sent, 1)).orderBy(asc(sandboxMessages.id));
    const counts = new Map<string, number>();
    for (const m of upstream) counts.set(m.message, (counts.get(m.message) ?? 0) + 1);
    const lost = planned.filter((r) => !counts.has(r.text)).length;
    const duplicated = planned.reduce((sum, r) => sum + Math.max(0, (counts.get(r.text) ?? 0) - 1), 0);
    let outOfOrder = 0;
    for (const destination of destinations) {
      const expected = planned.filter((r) => r.destination === destination).map((r) => r.text);
      const wanted = new Set(expected);
      const seen = [...new Set(upstream.filter((m) => m.destination === destination && wanted.has(m.message)).map((m) => m.message))];
      if (seen.join("\n") !== expected.filter((t) => seen.includes(t)).join("\n")) outOfOrder += 1;
    }
    return { replies: opts.replies, restarts: opts.restarts, lost, duplicated, outOfOrder, notSent, sendRequests, seconds };
  } finally {
    await app.stop();
    clearFaults();
    await provider.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function waitForConversations(get: <T>(p: string) => Promise<T>, destinations: string[]): Promise<Map<string, string>> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const { channels } = await get<ChannelsResponse>("/api/channels");
      const whatsapp = channels.find((c) => c.platform === "whatsapp");
      if (whatsapp) {
        const list = await get<ConversationsResponse>(`/api/channels/${whatsapp.id}/conversations`);
        const found = new Map(list.conversations.map((c) => [c.destination, c.id]));
        if (destinations.every((d) => found.has(d))) return new Map(destinations.map((d) => [d, found.get(d)!]));
      }
    } catch {
      // not mirrored yet
    }
    await sleep(500);
  }
  throw new Error("the app did not mirror the chaos conversations in time");
}
