import "server-only";

/**
 * In-process wake-ups: a reply stored here is sent at once instead of at the next poll. Other
 * instances find it by polling; the queue itself is the database, so a lost wake-up costs a
 * second at most.
 */
const globalForWake = globalThis as unknown as { switchboardOutboxWake?: Set<() => void> };
const listeners = () => (globalForWake.switchboardOutboxWake ??= new Set());

export function onOutboxWake(listener: () => void): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

export function wakeOutbox(): void {
  for (const listener of listeners()) listener();
}
