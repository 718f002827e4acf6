// Part 1 of `bench:fanout`: one instance holding N event streams while contacts write. Latency
// is measured from each event row's `created_at` (the writing transaction's `now()`, at or
// before its commit, so the figure is an upper bound) to the frame's arrival on each stream,
// both on this machine's clock. On PostgreSQL the bench also LISTENs itself: the time it hears
// the NOTIFY is the commit as seen from outside the app, a tighter start.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import postgres from "postgres";
import type { DatabaseTarget } from "@/lib/db/client";
import { EVENTS_CHANNEL } from "@/lib/events/types";
import { STREAM_LIMITS } from "@/lib/events/stream-slots";
import { startApp, type RunningApp } from "../../tests/support/app-server";
import { contactWriter, readEvents, seedAgents, signInAgents } from "./fanout-setup";
import { closeAll, inBatches, openStream, rssOf, wallNow, type HeldStream } from "./fanout-streams";
import { summarise, type Timing } from "./stats";

export interface SingleOptions {
  label: string;
  port: number;
  /** PostgreSQL URL (an empty database); undefined = the app's embedded PGlite. */
  databaseUrl?: string;
  streams: number;
  messages: number;
  seconds: number;
  /** Extra environment for the server (the profiling preload). */
  serverEnv?: Record<string, string>;
  /** Brackets the message phase with SIGUSR2 for the preload in fanout-cpu-profile.mjs. */
  profile?: boolean;
}

export interface SingleResult {
  label: string;
  streams: number;
  agents: number;
  messagesWritten: number;
  events: number;
  expected: number;
  received: number;
  fromCreatedAt: Timing;
  fromNotify: Timing | null;
  /** Per event: created_at → its first arrival on any stream (the path before the fan-out). */
  toFirst: Timing;
  /** Per event: last stream's arrival minus the first's. */
  spread: Timing;
  /** The bench's own event-loop delay while messages arrived (p99, max): how late arrivals may be stamped. */
  clientLag: { p99: number; max: number };
  rssBefore: number;
  rssStreams: number;
  rssAfter: number;
  /** Server CPU seconds (user + system) while messages arrived, per wall second. */
  cpuShare: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const TICKS_PER_SECOND = 100;

async function cpuSeconds(pid: number): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Waits until no stream has received anything for `quietMs`, or until `deadlineMs` passes. */
async function untilQuiet(streams: HeldStream[], quietMs: number, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  let last = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    const total = streams.reduce((n, s) => n + s.deliveries.length, 0);
    if (total !== last) {
      last = total;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    await sleep(250);
  }
}

export async function runSingle(opts: SingleOptions): Promise<SingleResult> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "switchboard-fanout-"));
  const target: DatabaseTarget = opts.databaseUrl ? { kind: "postgres", url: opts.databaseUrl } : { kind: "pglite", dir: path.join(dataDir, "pglite") };
  const agentCount = Math.ceil(opts.streams / STREAM_LIMITS.perAgent);
  let app: RunningApp | null = null;
  let streams: HeldStream[] = [];
  let listener: postgres.Sql | null = null;
  const notifies: { lastId: number; at: number }[] = [];
  try {
    await seedAgents(target, agentCount);
    app = await startApp(opts.port, { ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}), ...opts.serverEnv }, { dataDir });
    const url = app.url;
    const cookies = await signInAgents(url, agentCount);
    const writer = await contactWriter(url);
    if (opts.databaseUrl) {
      listener = postgres(opts.databaseUrl, { max: 1, onnotice: () => {} });
      await listener.listen(EVENTS_CHANNEL, (payload) => notifies.push({ lastId: Number(payload), at: wallNow() }));
    }

    // Warm-up: load the route and the hub once, so the baseline is a serving process.
    const warm = await openStream(url, cookies[0], 0, "warm-up");
    await writer.write("fanout-warm-up", "warm-up");
    await sleep(3_000);
    closeAll([warm]);
    await sleep(2_000);
    const rssBefore = await rssOf(app.pid);

    const slots = Array.from({ length: opts.streams }, (_, i) => i);
    streams = await inBatches(slots, 25, (i) => {
      const agentIndex = Math.floor(i / STREAM_LIMITS.perAgent);
      return openStream(url, cookies[agentIndex], agentIndex, `s${i}`);
    });
    const allOpen = wallNow();
    await sleep(5_000);
    const rssStreams = await rssOf(app.pid);

    // Contacts write at a steady pace over a few chats; the poller mirrors them in batches.
    const cpuStart = await cpuSeconds(app.pid);
    if (opts.profile) process.kill(app.pid, "SIGUSR2");
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const startedAt = Date.now();
    const gap = (opts.seconds * 1000) / opts.messages;
    let written = 0;
    for (let i = 0; i < opts.messages; i++) {
      const due = startedAt + i * gap;
      if (due > Date.now()) await sleep(due - Date.now());
      await writer.write(`fanout-${i % 5}`, `fanout message ${i}`);
      written++;
    }
    await untilQuiet(streams, 5_000, 30_000);
    const cpuShare = (await cpuSeconds(app.pid) - cpuStart) / ((Date.now() - startedAt) / 1000);
    lag.disable();
    const clientLag = { p99: lag.percentile(99) / 1e6, max: lag.max / 1e6 };
    const rssAfter = await rssOf(app.pid);
    if (opts.profile) process.kill(app.pid, "SIGUSR2");
    const closedAt = wallNow();
    if (streams.some((s) => s.ended)) console.warn(`${streams.filter((s) => s.ended).length} streams ended early`);
    closeAll(streams);
    await listener?.end();
    listener = null;
    // PGlite has one owner: the events table is read once the app has let go of it.
    await app.stop();
    app = null;

    // Every event committed after the last stream subscribed reaches every stream, except an
    // agent's own read markers (none are made here).
    const rows = (await readEvents(target, 0)).filter((e) => e.createdAt > allOpen && e.createdAt < closedAt - 5_000 && e.type !== "conversation.read");
    const byId = new Map(rows.map((r) => [r.id, r]));
    const commitHeard = (id: number) => notifies.find((n) => n.lastId >= id)?.at;
    const fromCreatedAt: number[] = [];
    const fromNotify: number[] = [];
    const firstLast = new Map<number, { first: number; last: number }>();
    let received = 0;
    for (const s of streams) {
      for (const d of s.deliveries) {
        const row = byId.get(d.id);
        if (!row) continue;
        received++;
        fromCreatedAt.push(d.at - row.createdAt);
        const heard = commitHeard(d.id);
        if (heard !== undefined) fromNotify.push(d.at - heard);
        const fl = firstLast.get(d.id) ?? { first: d.at, last: d.at };
        firstLast.set(d.id, { first: Math.min(fl.first, d.at), last: Math.max(fl.last, d.at) });
      }
    }
    return {
      label: opts.label,
      streams: streams.length,
      agents: agentCount,
      messagesWritten: written,
      events: rows.length,
      expected: rows.length * streams.length,
      received,
      fromCreatedAt: summarise(fromCreatedAt),
      fromNotify: fromNotify.length ? summarise(fromNotify) : null,
      toFirst: summarise([...firstLast.entries()].map(([id, v]) => v.first - byId.get(id)!.createdAt)),
      spread: summarise([...firstLast.values()].map((v) => v.last - v.first)),
      clientLag,
      rssBefore,
      rssStreams,
      rssAfter,
      cpuShare,
    };
  } finally {
    closeAll(streams);
    await listener?.end().catch(() => {});
    await app?.stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
}
