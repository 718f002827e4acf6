import type { StoredEvent } from "./types";

/**
 * Work that exactly one instance must do once a change is committed (Web Push) belongs to the
 * process that committed it: publishEvents tells this hook which events it wrote, and the hub
 * later delivers them only if the transaction committed. The hook lives on globalThis because
 * Next.js loads route handlers and instrumentation.ts as separate module graphs.
 */
type Hook = (written: StoredEvent[]) => void;

const slot = globalThis as unknown as { switchboardPublishedHook?: Hook };

export function onEventsWritten(hook: Hook | undefined): void {
  slot.switchboardPublishedHook = hook;
}

export function noteEventsWritten(written: StoredEvent[]): void {
  slot.switchboardPublishedHook?.(written);
}
