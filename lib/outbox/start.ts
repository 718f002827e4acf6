import "server-only";
import type { AppConfig } from "@/lib/config";
import type { Db } from "@/lib/db/client";
import { getProvider } from "@/lib/runtime/provider";
import { refreshChatNow } from "@/lib/sync/chat-refresh";
import { startOutboxWorker, type OutboxWorker } from "./worker";

const globalForOutbox = globalThis as unknown as { switchboardOutbox?: OutboxWorker };

/** Starts this process's outbox worker once; it stops on SIGTERM/SIGINT, giving back leases. */
export function startOutbox(runtime: { config: AppConfig; db: Db }): void {
  if (globalForOutbox.switchboardOutbox) return;
  const provider = getProvider(runtime.config);
  const worker = startOutboxWorker({
    db: runtime.db,
    provider,
    onSent: (conversationId) => void refreshChatNow({ db: runtime.db, provider }, conversationId),
  });
  globalForOutbox.switchboardOutbox = worker;
  for (const signal of ["SIGTERM", "SIGINT"] as const) stopOnSignal(signal, worker);
}

/**
 * Gives back what is in flight, then lets the process end: when no other handler is left to
 * end it (Next's own, or the sync's, which already ran), the signal is raised again.
 */
function stopOnSignal(signal: NodeJS.Signals, worker: OutboxWorker): void {
  process.once(signal, () => {
    const alone = process.listenerCount(signal) === 0;
    void worker.stop().finally(() => {
      if (alone) process.kill(process.pid, signal);
    });
  });
}
