import "server-only";
import { getEventHub } from "@/lib/events/hub";
import { onEventsWritten } from "@/lib/events/local-origin";
import type { Runtime } from "@/lib/runtime/boot";
import { pushEvent } from "./dispatch";
import { pushKindOf } from "./recipients";

// Written but never delivered means rolled back; forgotten after this long.
const FORGET_AFTER_MS = 2 * 60_000;

/**
 * Sends Web Push for the events this process wrote, once the hub sees them (so only after
 * commit). Every instance runs this, and each pushes only its own writes: with several instances
 * on one database, every event is pushed by exactly one of them.
 */
export async function startPush(runtime: Runtime): Promise<void> {
  const written = new Map<number, number>();
  onEventsWritten((stored) => {
    for (const s of stored) if (pushKindOf(s.event)) written.set(s.id, Date.now());
  });
  const hub = await getEventHub(runtime.db, runtime.listen);
  // One event at a time: a burst of messages queues instead of opening hundreds of requests.
  let queue = Promise.resolve();
  hub.subscribe(({ id, event }) => {
    if (!written.delete(id)) return;
    queue = queue.then(() => pushEvent(runtime.db, runtime.config.vapid, event));
  });
  setInterval(() => {
    const cutoff = Date.now() - FORGET_AFTER_MS;
    for (const [id, at] of written) if (at < cutoff) written.delete(id);
  }, FORGET_AFTER_MS).unref();
}
