// `npm run bench:sync`: how fast a customer's message reaches an agent's browser, and whether
// upstream calls grow with the number of agents watching. Runs the production build (run
// `npm run build` first) in live mode against the Afilnet stand-in on 127.0.0.1, with the
// default SYNC_INTERVAL_MS=2000. Bounded: ~20 messages, then two 60-second windows.
// With `--channels N`: the many-channels mode instead (many-channels.ts).
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { openDatabase } from "@/lib/db/client";
import { seedSandbox } from "@/lib/sandbox/seed";
import { startSandboxServer } from "@/lib/sandbox/node-server";
import { injectInboundMessage, listSimulatorChannels } from "@/lib/sandbox/simulator";
import type { ChannelsResponse, ConversationsResponse } from "@/lib/inbox/types";
import { startApp } from "../../tests/support/app-server";
import { signIn } from "../../tests/support/session";
import { connectSse, type SseClient } from "../../tests/support/sse-client";
import { eventually } from "../../tests/support/eventually";
import { runManyChannels } from "./many-channels";

const { values: opts } = parseArgs({
  options: {
    messages: { type: "string", default: "20" },
    clients: { type: "string", default: "50" },
    window: { type: "string", default: "60" },
    interval: { type: "string", default: "2000" },
    // The many-channels mode (issue 13).
    channels: { type: "string" },
    hot: { type: "string", default: "10" },
    busy: { type: "string", default: "120" },
    every: { type: "string", default: "3000" },
    "idle-every": { type: "string", default: "20000" },
    quiet: { type: "string", default: "360" },
    "quiet-window": { type: "string", default: "60" },
    "idle-interval": { type: "string" },
    budget: { type: "string" },
    port: { type: "string", default: "3161" },
    "provider-port": { type: "string" },
  },
});
const PROVIDER = { user: "bench", password: "bench-password" };
const ADMIN = { email: "bench@switchboard.test", password: "bench-password-1" };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

async function main() {
  const database = await openDatabase({ kind: "pglite" });
  await seedSandbox(database.db);
  let upstreamCalls = 0;
  const provider = await startSandboxServer({ db: database.db, credentials: PROVIDER, onRequest: () => upstreamCalls++, port: opts["provider-port"] ? Number(opts["provider-port"]) : undefined });
  const app = await startApp(Number(opts.port), {
    AFILNET_USER: PROVIDER.user,
    AFILNET_PASSWORD: PROVIDER.password,
    AFILNET_API_URL: provider.apiUrl,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SYNC_INTERVAL_MS: opts.interval,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });

  try {
    const cookie = await signIn(app.url, ADMIN.email, ADMIN.password);
    const get = async <T>(path: string, who = cookie) => (await fetch(`${app.url}${path}`, { headers: { cookie: who } })).json() as Promise<T>;
    const { channel, conversation } = await eventually(async () => {
      const { channels } = await get<ChannelsResponse>("/api/channels");
      const whatsapp = channels.find((c) => c.platform === "whatsapp");
      const list = await get<ConversationsResponse>(`/api/channels/${whatsapp!.id}/conversations`);
      if (!list.conversations[0]) throw new Error("not mirrored yet");
      return { channel: whatsapp!, conversation: list.conversations[0] };
    }, 30_000);
    const simChannel = (await listSimulatorChannels(database.db)).channels.find((c) => c.platformId === channel.platformId)!;
    const contactWrites = (text: string) => injectInboundMessage(database.db, simChannel.id, conversation.destination, { text });

    // 1. Latency: provider → text visible in a signed-in browser with the thread open.
    const context = await browser.newContext();
    await context.addCookies(cookie.split("; ").map((pair) => {
      const [name, ...rest] = pair.split("=");
      return { name, value: rest.join("="), url: app.url };
    }));
    const page = await context.newPage();
    await page.goto(`${app.url}/inbox/${channel.id}/${conversation.id}`);
    await page.getByRole("textbox", { name: "Message" }).waitFor();
    const latencies: number[] = [];
    for (let i = 0; i < Number(opts.messages); i++) {
      await sleep(500 + Math.random() * 2000); // off the poll's rhythm
      const text = `latency probe ${i} ${Date.now()}`;
      const start = performance.now();
      await contactWrites(text);
      await page.getByRole("log", { name: "Messages" }).getByText(text, { exact: true }).waitFor({ timeout: 20_000 });
      latencies.push(performance.now() - start);
    }
    await context.close();

    /** A supervisor made through the admin API (sees every channel), signed in. */
    async function benchAgent(n: number): Promise<string> {
      const email = `bench-${n}@bench.test`;
      const password = "bench-password-1";
      const res = await fetch(`${app.url}/api/agents`, {
        method: "POST",
        headers: { cookie, origin: app.url, "content-type": "application/json" },
        body: JSON.stringify({ name: `Bench ${n}`, email, password, role: "supervisor" }),
      });
      if (res.status !== 201 && res.status !== 409) throw new Error(`could not create ${email}: ${res.status}`);
      return signIn(app.url, email, password);
    }

    // 2. Upstream calls per minute with 1 and with N agents connected and watching.
    async function callsPerMinute(clients: number): Promise<number> {
      // One person per client: an account holds at most 8 event streams (lib/events/stream-slots.ts).
      const cookies = [cookie];
      while (cookies.length < clients) cookies.push(await benchAgent(cookies.length));
      const streams: SseClient[] = await Promise.all(cookies.map((c) => connectSse(`${app.url}/api/events`, { cookie: c })));
      // Each agent also reopens the thread every 10 s, as a browser does after events and focus.
      const watchers = cookies.map((c, i) =>
        setInterval(() => void get(`/api/conversations/${conversation.id}/messages`, c).catch(() => {}), 10_000 + i * 37),
      );
      const writer = setInterval(() => void contactWrites(`traffic ${Date.now()}`), 5_000);
      await sleep(5_000);
      const before = upstreamCalls;
      const windowSeconds = Number(opts.window);
      await sleep(windowSeconds * 1000);
      const calls = upstreamCalls - before;
      clearInterval(writer);
      watchers.forEach(clearInterval);
      streams.forEach((s) => s.close());
      if (streams.some((s) => s.status !== 200)) throw new Error("an SSE client was refused");
      return (calls * 60) / windowSeconds;
    }
    const one = await callsPerMinute(1);
    const many = await callsPerMinute(Number(opts.clients));

    console.log(`\n| measure | value |\n| --- | --- |`);
    console.log(`| messages | ${latencies.length} at SYNC_INTERVAL_MS=${opts.interval} |`);
    console.log(`| provider → browser p50 | ${percentile(latencies, 50).toFixed(0)} ms |`);
    console.log(`| provider → browser p95 | ${percentile(latencies, 95).toFixed(0)} ms |`);
    console.log(`| provider → browser max | ${Math.max(...latencies).toFixed(0)} ms |`);
    console.log(`| upstream calls/min, 1 agent | ${one.toFixed(1)} |`);
    console.log(`| upstream calls/min, ${opts.clients} agents | ${many.toFixed(1)} |`);
    console.log(`| ratio | ${(many / one).toFixed(3)} |`);
  } finally {
    await browser.close();
    await app.stop();
    await provider.close();
    await database.close();
  }
}

function manyChannels() {
  const env: Record<string, string> = {};
  if (opts.interval !== "2000") env.SYNC_INTERVAL_MS = opts.interval;
  if (opts["idle-interval"]) env.SYNC_IDLE_INTERVAL_MS = opts["idle-interval"];
  if (opts.budget) env.SYNC_MAX_REQUESTS_PER_SECOND = opts.budget;
  return runManyChannels({
    channels: Number(opts.channels),
    hot: Number(opts.hot),
    busySeconds: Number(opts.busy),
    everyMs: Number(opts.every),
    idleEveryMs: Number(opts["idle-every"]),
    quietSeconds: Number(opts.quiet),
    windowSeconds: Number(opts["quiet-window"]),
    env,
    appPort: Number(opts.port),
    providerPort: Number(opts["provider-port"] ?? Number(opts.port) + 1),
  });
}

(opts.channels ? manyChannels() : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
