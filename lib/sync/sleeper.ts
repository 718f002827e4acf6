/** Timers the engine can cut short all at once when it stops. */
export interface Sleeper {
  /** Resolves after `ms`, or at once when `wakeAll` is called. */
  sleep(ms: number): Promise<void>;
  wakeAll(): void;
}

export function createSleeper(): Sleeper {
  const waiting = new Set<() => void>();
  return {
    sleep(ms) {
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer);
          waiting.delete(done);
          resolve();
        };
        const timer = setTimeout(done, Math.max(0, ms));
        waiting.add(done);
      });
    },
    wakeAll() {
      for (const done of [...waiting]) done();
    },
  };
}
