/**
 * Shares one run of a task among concurrent callers with the same key.
 *
 * `join` hands out the run in flight, whatever its progress: for "make sure it is fresh enough".
 * `fresh` joins a run only while that run has not started its real work yet (it calls
 * `markStarted` when it does); otherwise it queues one follow-up run shared by everyone who
 * asks meanwhile: for "it changed just now, look again", where a fetch already on the wire may
 * have missed the change.
 */

type Task<T> = (markStarted: () => void) => Promise<T>;

interface Run<T> {
  promise: Promise<T>;
  started: boolean;
}

export interface Coalescer<T> {
  join(key: string, task: Task<T>): Promise<T>;
  fresh(key: string, task: Task<T>): Promise<T>;
  /** Keys with a run in flight or queued. */
  size(): number;
}

export function createCoalescer<T>(): Coalescer<T> {
  const current = new Map<string, Run<T>>();
  const next = new Map<string, Run<T>>();

  function launch(key: string, task: Task<T>, after?: Promise<unknown>): Run<T> {
    const run: Run<T> = { promise: undefined as unknown as Promise<T>, started: false };
    const markStarted = () => {
      run.started = true;
    };
    run.promise = (async () => {
      if (after) {
        await after.catch(() => {});
        next.delete(key);
        current.set(key, run);
      }
      return task(markStarted);
    })().finally(() => {
      if (current.get(key) === run) current.delete(key);
    });
    if (!after) current.set(key, run);
    return run;
  }

  return {
    join(key, task) {
      return (current.get(key) ?? next.get(key) ?? launch(key, task)).promise;
    },
    fresh(key, task) {
      const queued = next.get(key);
      if (queued) return queued.promise;
      const running = current.get(key);
      if (!running) return launch(key, task).promise;
      if (!running.started) return running.promise;
      const followUp = launch(key, task, running.promise);
      next.set(key, followUp);
      return followUp.promise;
    },
    size: () => new Set([...current.keys(), ...next.keys()]).size,
  };
}
