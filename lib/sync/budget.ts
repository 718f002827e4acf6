import "server-only";

/**
 * The engine's request budget: the provider never *receives* more than `maxPerSecond` calls in
 * any 1-second window.
 *
 * Counting a call from the moment it is allowed to start is not enough: between that moment and
 * the provider reading the request, the event loop may be busy (a database write, the stand-in's
 * own work), and calls allowed in one second then arrive together with the next second's. The
 * only times known to bracket the provider's receipt are the grant (before) and the answer
 * (after), so a call holds its place in the window from its grant until one window after it has
 * settled. Any `limit + 1` calls the provider receives within one window would then have been
 * counted together at the last one's grant, which the budget refuses. The price: at most
 * `limit / (1 s + answer time)` calls start per second.
 *
 * Waiters are served by priority, then in order: `urgent` (a thread known to have news, an agent
 * waiting) before `routine` (scheduled polls and sweeps). Nothing is dropped.
 */

export type Priority = "urgent" | "routine";

export interface Slot {
  /** The call has settled (answered or failed): its place frees one window from now. */
  settle(): void;
  /** The call was never made: its place frees at once. */
  cancel(): void;
}

export interface Budget {
  /** Resolves with a place once the window has room, urgent waiters first. */
  acquire(priority?: Priority): Promise<Slot>;
  /** Runs `call` under a place of its own, settling it however the call ends. */
  run<T>(call: () => Promise<T>, priority?: Priority): Promise<T>;
  /** Places held now (in flight, or settled within the last window). */
  held(): number;
}

export interface BudgetOptions {
  maxPerSecond: number;
  now?: () => number;
}

interface Entry {
  /** Infinity while the call is in flight. */
  freesAt: number;
}

export function createBudget({ maxPerSecond, now = Date.now }: BudgetOptions): Budget {
  if (!Number.isFinite(maxPerSecond) || maxPerSecond <= 0) throw new RangeError("maxPerSecond must be more than 0");
  // Whole calls per second (rounded down, never over the limit); below one per second, one call
  // per 1/rate seconds.
  const limit = Math.max(1, Math.floor(maxPerSecond));
  const windowMs = maxPerSecond >= 1 ? 1000 : 1000 / maxPerSecond;
  const entries = new Set<Entry>();
  const waiting: Record<Priority, ((slot: Slot) => void)[]> = { urgent: [], routine: [] };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let timerAt = Infinity;

  function grant(): Slot {
    const entry: Entry = { freesAt: Infinity };
    entries.add(entry);
    let done = false;
    return {
      settle() {
        if (done) return;
        done = true;
        entry.freesAt = now() + windowMs;
        pump();
      },
      cancel() {
        if (done) return;
        done = true;
        entries.delete(entry);
        pump();
      },
    };
  }

  function pump(): void {
    const t = now();
    for (const entry of entries) if (entry.freesAt <= t) entries.delete(entry);
    while (entries.size < limit) {
      const next = waiting.urgent.shift() ?? waiting.routine.shift();
      if (!next) break;
      next(grant());
    }
    if (waiting.urgent.length + waiting.routine.length === 0) return;
    // Wake when the earliest settled place frees; places in flight wake us when they settle.
    let earliest = Infinity;
    for (const entry of entries) earliest = Math.min(earliest, entry.freesAt);
    if (earliest === Infinity || earliest >= timerAt) return;
    if (timer) clearTimeout(timer);
    timerAt = earliest;
    timer = setTimeout(() => {
      timer = null;
      timerAt = Infinity;
      pump();
    }, Math.max(0, earliest - t));
  }

  const acquire = (priority: Priority = "routine") =>
    new Promise<Slot>((resolve) => {
      waiting[priority].push(resolve);
      pump();
    });

  return {
    acquire,
    async run(call, priority = "routine") {
      const slot = await acquire(priority);
      try {
        return await call();
      } finally {
        slot.settle();
      }
    },
    held() {
      const t = now();
      return [...entries].filter((e) => e.freesAt > t).length;
    },
  };
}
