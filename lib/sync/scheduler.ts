import { backoffDelay } from "@/lib/backoff";
import { BACKOFF_SPREAD, POLL_JITTER } from "./backoff";
import type { Budget, Slot } from "./budget";
import { coolingLadder, DELAYED_AFTER_LATE_POLLS, jitterDown, NEWS_HOLD_MS, WATCH_HOLD_MS } from "./heat";
import { createSleeper } from "./sleeper";

/**
 * One scheduler for every channel. Each channel has a due time from its heat (heat.ts); when the
 * budget has room, the channel due the earliest is polled. So hot channels are polled every
 * interval, cold ones rarely, and when the due polls alone need more than the budget every
 * channel is late by about the same time: hot channels share the budget round-robin, and idle
 * ones are still polled (an idle channel that is never polled never turns hot).
 *
 * It knows nothing of the provider or the database: `poll` does the work, `hotChannels` says
 * which channels have a reason to be hot (a customer wrote, an unanswered conversation, a reply
 * in flight, an agent looking). So it runs on a fake clock in tests.
 */

export interface PollContext {
  /** The budget place taken for this poll's first call; the poll settles it. */
  slot: Slot;
  /** The channel's last polls came much later than its interval: show it as delayed. */
  delayed: boolean;
}

export interface PollOutcome {
  /** Something changed upstream (a chat's latest message). */
  news: boolean;
}

export interface PollSchedulerOptions {
  budget: Budget;
  intervalMs: number;
  idleIntervalMs: number;
  /** Longest wait after failures in a row (exponential from `intervalMs`). */
  backoffCapMs: number;
  /** Polls one channel; throws when the poll failed (the channel then backs off). */
  poll(channelId: string, context: PollContext): Promise<PollOutcome>;
  /** Channels with a reason to be hot now; asked every `reasonsEveryMs`. Failures keep the last answer. */
  hotChannels?: () => Promise<Iterable<string>>;
  reasonsEveryMs?: number;
  now?: () => number;
  random?: () => number;
  onError?: (what: string, error: unknown) => void;
}

export interface ChannelSchedule {
  level: number;
  dueAt: number;
  failures: number;
  hot: boolean;
}

export interface PollScheduler {
  start(): void;
  /** Stops choosing; resolves once the polls in progress have finished. */
  stop(): Promise<void>;
  /** Polls exactly these channels from now on (new ones soon, gone ones never again). */
  setChannels(ids: string[]): void;
  /** Makes a channel hot now and for `forMs` (an agent is looking at it). */
  heat(channelId: string, forMs?: number): void;
  schedule(channelId: string): ChannelSchedule | undefined;
}

interface Tracked {
  id: string;
  level: number;
  /** Hot until then for news seen or an agent looking (this clock). */
  hotUntil: number;
  dueAt: number;
  lastStartAt: number | null;
  failures: number;
  polls: number;
  lateStreak: number;
  inFlight: boolean;
}

export function createPollScheduler(options: PollSchedulerOptions): PollScheduler {
  const { budget, intervalMs, poll } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const onError = options.onError ?? (() => {});
  const ladder = coolingLadder(intervalMs, options.idleIntervalMs);
  const coldest = ladder.length - 1;
  const reasonsEveryMs = options.reasonsEveryMs ?? Math.max(1000, intervalMs);
  const channels = new Map<string, Tracked>();
  const jobs = new Set<Promise<void>>();
  // Two sleepers: what wakes the choosing (a poll ended, heat) must not re-run the reasons query.
  const sleeper = createSleeper();
  const reasonsSleeper = createSleeper();
  let hotSet = new Set<string>();
  let running = false;
  let loops: Promise<void>[] = [];
  let stopped: Promise<null> = new Promise(() => {});
  let signalStopped = () => {};

  const isHot = (c: Tracked, t: number) => t < c.hotUntil || hotSet.has(c.id);

  /** Hot from now: due one interval after its last poll (at once when that is past). */
  function heatUp(c: Tracked): void {
    if (c.level === 0) return;
    c.level = 0;
    if (c.failures === 0) c.dueAt = Math.min(c.dueAt, Math.max(now(), (c.lastStartAt ?? 0) + intervalMs));
    sleeper.wakeAll();
  }

  function nextDue(): Tracked | null {
    let best: Tracked | null = null;
    for (const c of channels.values()) {
      if (c.inFlight) continue;
      if (!best || c.dueAt < best.dueAt || (c.dueAt === best.dueAt && c.level < best.level)) best = c;
    }
    return best;
  }

  function dispatch(c: Tracked, slot: Slot): void {
    const startedAt = now();
    // A hot channel late by more than its interval: the budget (or a busy process) holds it
    // back. Cooling channels are not flagged: a late poll there costs nobody a wait.
    const late = isHot(c, startedAt) && c.lastStartAt !== null && c.failures === 0 && startedAt - c.dueAt > ladder[c.level];
    c.lateStreak = late ? c.lateStreak + 1 : 0;
    c.lastStartAt = startedAt;
    c.inFlight = true;
    const first = c.polls === 0;
    c.polls += 1;
    const job = poll(c.id, { slot, delayed: c.lateStreak >= DELAYED_AFTER_LATE_POLLS })
      .then(
        (outcome) => {
          c.failures = 0;
          const t = now();
          // The first poll mirrors what is already there: that is not news.
          if (outcome.news && !first) c.hotUntil = Math.max(c.hotUntil, t + NEWS_HOLD_MS);
          c.level = isHot(c, t) ? 0 : Math.min(c.level + 1, coldest);
          c.dueAt = startedAt + jitterDown(ladder[c.level], POLL_JITTER, random);
        },
        () => {
          c.failures += 1;
          c.dueAt = now() + backoffDelay(c.failures, { baseMs: intervalMs, capMs: options.backoffCapMs, spread: BACKOFF_SPREAD, random });
        },
      )
      .finally(() => {
        slot.cancel(); // frees the place if the poll failed before using it; no-op once settled
        c.inFlight = false;
        jobs.delete(job);
        sleeper.wakeAll();
      });
    jobs.add(job);
  }

  async function chooseLoop(): Promise<void> {
    while (running) {
      const c = nextDue();
      const wait = c ? c.dueAt - now() : reasonsEveryMs;
      if (wait > 0) {
        await sleeper.sleep(wait);
        continue;
      }
      const acquiring = budget.acquire("routine");
      const slot = await Promise.race([acquiring, stopped]);
      if (!slot) {
        void acquiring.then((late) => late.cancel());
        break;
      }
      // Chosen only now that a place is free, so the choice sees the latest heat and due times.
      const chosen = running ? nextDue() : null;
      if (!chosen || chosen.dueAt > now()) {
        slot.cancel();
        continue;
      }
      dispatch(chosen, slot);
    }
  }

  async function reasonsLoop(): Promise<void> {
    if (!options.hotChannels) return;
    while (running) {
      try {
        hotSet = new Set(await options.hotChannels());
        for (const id of hotSet) {
          const c = channels.get(id);
          if (c) heatUp(c);
        }
      } catch (error) {
        onError("hot channels", error);
      }
      if (running) await reasonsSleeper.sleep(reasonsEveryMs);
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      stopped = new Promise((resolve) => (signalStopped = () => resolve(null)));
      loops = [reasonsLoop(), chooseLoop()].map((p) => p.catch((error: unknown) => onError("scheduler loop", error)));
    },
    async stop() {
      if (!running) return;
      running = false;
      signalStopped();
      sleeper.wakeAll();
      reasonsSleeper.wakeAll();
      await Promise.all(loops);
      while (jobs.size > 0) await Promise.allSettled([...jobs]);
    },
    setChannels(ids) {
      const wanted = new Set(ids);
      for (const id of channels.keys()) if (!wanted.has(id)) channels.delete(id);
      const t = now();
      for (const id of wanted) {
        if (channels.has(id)) continue;
        // Nothing is known of a new channel yet: polled at once, then cooling step by step like
        // a channel that has just gone quiet (so a message right after a start or a takeover is
        // not left for a whole idle interval). Not "hot": it has no reason to be.
        channels.set(id, { id, level: 0, hotUntil: 0, dueAt: t, lastStartAt: null, failures: 0, polls: 0, lateStreak: 0, inFlight: false });
      }
      sleeper.wakeAll();
    },
    heat(channelId, forMs = WATCH_HOLD_MS) {
      const c = channels.get(channelId);
      if (!c) return;
      c.hotUntil = Math.max(c.hotUntil, now() + forMs);
      heatUp(c);
    },
    schedule(channelId) {
      const c = channels.get(channelId);
      return c && { level: c.level, dueAt: c.dueAt, failures: c.failures, hot: isHot(c, now()) };
    },
  };
}
