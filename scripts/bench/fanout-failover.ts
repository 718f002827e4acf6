// Part 2 of `bench:fanout`: three instances on one PostgreSQL with streams on each. The leader
// (the poller) is killed with SIGKILL; contacts keep writing through a survivor's simulator, and
// the bench times each message from its write to its arrival on every stream of the survivors.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { startApp, type RunningApp } from "../../tests/support/app-server";
import { seedAgents, signInAgents, writeAsContact, contactWriter } from "./fanout-setup";
import { closeAll, inBatches, openStream, wallNow, type HeldStream } from "./fanout-streams";

export interface FailoverOptions {
  databaseUrl: string;
  ports: number[];
  streamsPerInstance: number;
  messages: number;
  /** Milliseconds between the contact's writes after the kill. */
  gapMs: number;
}

export interface FailoverResult {
  instances: number;
  streamsOnSurvivors: number;
  /** Kill → a survivor's /api/health says `leader`, ms. */
  newLeaderAfter: number | null;
  /** Per message written after the kill: ms after the kill it was written, and write → last survivor stream. */
  messages: { writtenAfterKill: number; toAllStreams: number | null; streamsReached: number }[];
}

const AGENTS = 12;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function roleOf(app: RunningApp): Promise<string | null> {
  try {
    const res = await fetch(`${app.url}/api/health`, { signal: AbortSignal.timeout(2_000) });
    return ((await res.json()) as { sync?: { role?: string } }).sync?.role ?? null;
  } catch {
    return null;
  }
}

/** Polls until `check` returns a value, every 100 ms, for at most `ms`. */
async function waitFor<T>(ms: number, check: () => Promise<T | null>): Promise<T | null> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const value = await check();
    if (value !== null) return value;
    await sleep(100);
  }
  return null;
}

export async function runFailover(opts: FailoverOptions): Promise<FailoverResult> {
  const env = { DATABASE_URL: opts.databaseUrl, AUTH_SECRET: randomBytes(32).toString("base64url") };
  const apps: RunningApp[] = [];
  const streamsOf = new Map<RunningApp, HeldStream[]>();
  const mirror = postgres(opts.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await seedAgents({ kind: "postgres", url: opts.databaseUrl }, AGENTS);
    // The first start migrates and seeds the sandbox; the others then start together.
    apps.push(await startApp(opts.ports[0], env));
    const rest = await Promise.allSettled(opts.ports.slice(1).map((p) => startApp(p, env)));
    // Keep every instance that did start, so the finally block stops it even if another failed.
    for (const r of rest) if (r.status === "fulfilled") apps.push(r.value);
    const failed = rest.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
    // One session works on every instance: same AUTH_SECRET, sessions in the shared database.
    const cookies = await signInAgents(apps[0].url, AGENTS);
    for (const app of apps) {
      const slots = Array.from({ length: opts.streamsPerInstance }, (_, i) => i);
      streamsOf.set(app, await inBatches(slots, 10, (i) => openStream(app.url, cookies[i % AGENTS], i % AGENTS, `${app.url}#${i}`)));
    }
    const roles = await waitFor(20_000, async () => {
      const r = await Promise.all(apps.map(roleOf));
      return r.filter((x) => x === "leader").length === 1 && r.filter((x) => x === "follower").length === apps.length - 1 ? r : null;
    });
    if (!roles) throw new Error("no single leader among the instances within 20 s");
    const leader = apps[roles.indexOf("leader")];
    const survivors = apps.filter((a) => a !== leader);
    const watched = survivors.flatMap((a) => streamsOf.get(a) ?? []);
    const { channelId } = await contactWriter(survivors[0].url);

    // A message before the kill proves the path and warms every instance.
    await writeAsContact(survivors[0].url, channelId, "failover", "failover warm-up");
    const warmed = await waitFor(15_000, async () => (watched.every((s) => s.deliveries.some((d) => d.messageId !== undefined)) ? true : null));
    if (!warmed) throw new Error("the warm-up message did not reach every survivor's streams");

    const killedAt = wallNow();
    await leader.kill("SIGKILL");
    let newLeaderAt: number | null = null;
    const watchLeader = waitFor(30_000, async () => {
      const r = await Promise.all(survivors.map(roleOf));
      return r.includes("leader") ? (newLeaderAt = wallNow()) : null;
    });

    const writes: { text: string; at: number }[] = [];
    for (let i = 0; i < opts.messages; i++) {
      const text = `failover ${i}`;
      // Timed from the start of the write: the contact has sent it from then on.
      const at = wallNow();
      // Spread over both survivors: neither one's simulator depends on the poller.
      await writeAsContact(survivors[i % survivors.length].url, channelId, "failover", text);
      writes.push({ text, at });
      await sleep(opts.gapMs);
    }
    await watchLeader;
    const ids = async () => {
      const rows = await mirror<{ id: number; body: string }[]>`select id::int as id, body from messages where body like 'failover %' and body <> 'failover warm-up'`;
      return new Map(rows.map((r) => [r.body, r.id]));
    };
    // Until every written message is mirrored and on every survivor stream, for at most 20 s.
    await waitFor(20_000, async () => {
      const mirrored = await ids();
      const all = writes.every((w) => {
        const id = mirrored.get(w.text);
        return id !== undefined && watched.every((s) => s.deliveries.some((d) => d.messageId === id));
      });
      return all ? true : null;
    });
    const mirrored = await ids();
    return {
      instances: apps.length,
      streamsOnSurvivors: watched.length,
      newLeaderAfter: newLeaderAt === null ? null : newLeaderAt - killedAt,
      messages: writes.map((w) => {
        const id = mirrored.get(w.text);
        const arrivals = watched.map((s) => s.deliveries.find((d) => id !== undefined && d.messageId === id)?.at);
        const reached = arrivals.filter((a): a is number => a !== undefined);
        return {
          writtenAfterKill: w.at - killedAt,
          toAllStreams: reached.length === watched.length ? Math.max(...reached) - w.at : null,
          streamsReached: reached.length,
        };
      }),
    };
  } finally {
    for (const s of streamsOf.values()) closeAll(s);
    await Promise.all(apps.map((a) => a.stop().catch(() => {})));
    await mirror.end().catch(() => {});
  }
}
