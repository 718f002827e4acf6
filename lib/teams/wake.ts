import "server-only";

/**
 * In-process wake-ups of the team worker (auto-assignment, snooze ends): a new conversation, a
 * resolve or an agent coming online is acted on at once instead of at the next tick. Other
 * instances find the work at their own tick; the queue is the database, so a lost wake-up costs
 * one interval at most.
 */
const globalForWake = globalThis as unknown as { switchboardTeamWake?: Set<() => void> };
const listeners = () => (globalForWake.switchboardTeamWake ??= new Set());

export function onTeamWake(listener: () => void): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

export function wakeTeamWorker(): void {
  for (const listener of listeners()) listener();
}
