// `npm run bench:sync -- --channels 100`: the poll scheduler with many channels (issue 13).
// The production build (run `npx next build` first) in live mode against the Afilnet stand-in
// on 127.0.0.1, one chat per channel, default SYNC_INTERVAL_MS / SYNC_IDLE_INTERVAL_MS /
// SYNC_MAX_REQUESTS_PER_SECOND unless given. Every request the stand-in receives is logged
// with its time; a message counts as picked up when the stand-in receives the app's
// `getmessages` for its chat. Bounded: warm-up + settle (~1.5 min) + busy + quiet phases.
import { openDatabase } from "@/lib/db/client";
import { sandboxChannels, sandboxMessages } from "@/lib/db/schema";
import { startSandboxServer } from "@/lib/sandbox/node-server";
import { injectInboundMessage } from "@/lib/sandbox/simulator";
import { startApp } from "../../tests/support/app-server";
import { summarise } from "./stats";

export interface ManyChannelsOptions {
  channels: number;
  hot: number;
  /** Seconds of traffic: a message into a hot channel every `everyMs`, one into an idle channel every `idleEveryMs`. */
  busySeconds: number;
  everyMs: number;
  idleEveryMs: number;
  /** Seconds without any message after the busy phase; the last `windowSeconds` of it are measured. */
  quietSeconds: number;
  windowSeconds: number;
  env: Record<string, string>;
  appPort: number;
  providerPort: number;
}

const PROVIDER = { user: "bench", password: "bench-password" };
const ADMIN = { email: "bench@switchboard.test", password: "bench-password-1" };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Seen {
  at: number;
  method: string;
  platformId: string;
  destination: string;
}

/** Most requests received within any sliding 1-second window of `times` (sorted). */
function maxPerSecond(times: number[]): number {
  let max = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i] - times[j] >= 1000) j++;
    max = Math.max(max, i - j + 1);
  }
  return max;
}

export async function runManyChannels(o: ManyChannelsOptions): Promise<void> {
  const database = await openDatabase({ kind: "pglite" });
  const seen: Seen[] = [];
  const provider = await startSandboxServer({
    db: database.db,
    credentials: PROVIDER,
    port: o.providerPort,
    onRequest: (r) => {
      const q = new URL(r.url, "http://127.0.0.1").searchParams;
      seen.push({ at: Date.now(), method: q.get("method") ?? "?", platformId: q.get("platformid") ?? "", destination: q.get("destination") ?? "" });
    },
  });
  const rows = await database.db
    .insert(sandboxChannels)
    .values(Array.from({ length: o.channels }, (_, i) => ({ platform: "whatsapp", platformId: `3490${String(i).padStart(4, "0")}`, name: `Bench ${i}` })))
    .returning();
  const chats = rows.map((c, i) => ({ id: c.id, platformId: c.platformId, destination: `3460${String(i).padStart(5, "0")}` }));
  // One chat per channel, quiet for two hours.
  await database.db.insert(sandboxMessages).values(chats.map((c) => ({ channelId: c.id, destination: c.destination, sent: 0, message: "Hello", status: "received", createdAt: new Date(Date.now() - 2 * 3600_000) })));

  const app = await startApp(o.appPort, {
    AFILNET_USER: PROVIDER.user,
    AFILNET_PASSWORD: PROVIDER.password,
    AFILNET_API_URL: provider.apiUrl,
    AFILNET_AUTH: "get", // the method and chat of each request in its URL, for the log
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ...o.env,
  });
  try {
    const started = Date.now();
    const fetched = () => new Set(seen.filter((s) => s.method === "getmessages").map((s) => s.platformId)).size;
    while (fetched() < o.channels) {
      if (Date.now() - started > 180_000) throw new Error(`only ${fetched()} of ${o.channels} chats mirrored after 3 minutes`);
      await sleep(500);
    }
    console.log(`mirrored ${o.channels} channels in ${((Date.now() - started) / 1000).toFixed(1)} s; letting them cool for 70 s`);
    await sleep(70_000);

    const writes: { platformId: string; destination: string; at: number; hot: boolean }[] = [];
    const write = async (chat: (typeof chats)[number], hot: boolean) => {
      await injectInboundMessage(database.db, chat.id, chat.destination, { text: `bench ${writes.length} ${Date.now()}` });
      writes.push({ platformId: chat.platformId, destination: chat.destination, at: Date.now(), hot });
    };
    const hotChats = chats.slice(0, o.hot);
    const idleChats = chats.slice(o.hot);
    const busyFrom = Date.now();
    // The first message into each of the hot ones finds it idle (cold): an idle pickup.
    for (const chat of hotChats) await write(chat, false);
    const pickedUp = (w: (typeof writes)[number]) => seen.some((s) => s.method === "getmessages" && s.at >= w.at && s.platformId === w.platformId && s.destination === w.destination);
    while (!writes.every(pickedUp)) await sleep(200);
    let next = 0;
    let idleNext = 0;
    let lastIdleAt = Date.now();
    while (Date.now() - busyFrom < o.busySeconds * 1000) {
      await sleep(o.everyMs);
      await write(hotChats[next++ % hotChats.length], true);
      if (Date.now() - lastIdleAt >= o.idleEveryMs && idleNext < idleChats.length) {
        lastIdleAt = Date.now();
        await write(idleChats[idleNext++ * 7 % idleChats.length], false);
      }
    }
    const quietFrom = Date.now();
    console.log(`busy phase: ${writes.length} messages in ${((quietFrom - busyFrom) / 1000).toFixed(0)} s; now quiet for ${o.quietSeconds} s`);
    await sleep(o.quietSeconds * 1000);
    const end = Date.now();

    const pickups = (hot: boolean) =>
      writes
        .filter((w) => w.hot === hot)
        .map((w) => {
          const got = seen.find((s) => s.method === "getmessages" && s.at >= w.at && s.platformId === w.platformId && s.destination === w.destination);
          // (pickedUp above asks the same question)
          return got ? got.at - w.at : Number.POSITIVE_INFINITY;
        });
    const times = (from: number, to: number) => seen.filter((s) => s.at >= from && s.at < to).map((s) => s.at);
    const rate = (from: number, to: number) => times(from, to).length / ((to - from) / 1000);
    const hot = summarise(pickups(true));
    const idle = summarise(pickups(false));
    const windowFrom = end - o.windowSeconds * 1000;
    const fmt = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : "never");

    console.log(`\n| measure | value |\n| --- | --- |`);
    console.log(`| channels (one chat each) | ${o.channels}, ${o.hot} made hot |`);
    console.log(`| settings | ${JSON.stringify(o.env)} (defaults otherwise) |`);
    console.log(`| hot-channel pickup p50 / p95 / max | ${fmt(hot.p50)} / ${fmt(hot.p95)} / ${fmt(hot.max)} (${pickups(true).length} messages) |`);
    console.log(`| idle-channel pickup p50 / p95 / max | ${fmt(idle.p50)} / ${fmt(idle.p95)} / ${fmt(idle.max)} (${pickups(false).length} messages) |`);
    console.log(`| provider requests/s while busy (mean) | ${rate(busyFrom, quietFrom).toFixed(2)} |`);
    console.log(`| provider requests/s, quiet, seconds ${Math.round((windowFrom - quietFrom) / 1000)}–${Math.round((end - quietFrom) / 1000)} | ${rate(windowFrom, end).toFixed(2)} |`);
    console.log(`| most requests received in any 1 s, whole run | ${maxPerSecond(times(0, end))} |`);
    console.log(`| most requests received in any 1 s, busy phase | ${maxPerSecond(times(busyFrom, quietFrom))} |`);
  } finally {
    await app.stop();
    await provider.close();
    await database.close();
  }
}
