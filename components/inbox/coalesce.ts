/**
 * Runs at most one task per key at a time. A call while that key's task runs asks for one more
 * run after it, however many calls arrive: ten events for a conversation in a burst cost two
 * requests, not ten, and the last one still sees everything.
 */
export function createCoalescer() {
  const running = new Map<string, { again: boolean; done: Promise<void> }>();

  return function run(key: string, task: () => Promise<void>): Promise<void> {
    const current = running.get(key);
    if (current) {
      current.again = true;
      return current.done;
    }
    const entry = { again: false, done: Promise.resolve() };
    entry.done = (async () => {
      try {
        do {
          entry.again = false;
          await task();
        } while (entry.again);
      } finally {
        running.delete(key);
      }
    })();
    running.set(key, entry);
    return entry.done;
  };
}
