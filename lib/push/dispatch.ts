import "server-only";
import { eq } from "drizzle-orm";
import type { AppConfig } from "@/lib/config";
import type { Db } from "@/lib/db/client";
import { channels, pushSubscriptions } from "@/lib/db/schema";
import type { InboxEvent } from "@/lib/events/types";
import { errorFields, logFor } from "@/lib/observability/log";
import { pushPayload, type PushPayload } from "./payload";
import { pushTargets, type PushTarget } from "./recipients";
import { sendPush } from "./send";

const log = logFor("push");

/** Pushes one committed event to every device that should hear of it. Never throws. */
export async function pushEvent(db: Db, vapid: AppConfig["vapid"], event: InboxEvent): Promise<void> {
  try {
    const targets = await pushTargets(db, event);
    if (targets.length === 0) return;
    const { channelId, conversationId } = targets[0].scope;
    const [channel] = await db.select({ id: channels.id, name: channels.name }).from(channels).where(eq(channels.id, channelId));
    if (!channel) return;
    await Promise.all(targets.map((t) => deliver(db, vapid, t, pushPayload(t.kind, channel, conversationId))));
  } catch (error) {
    log.error({ type: event.type, ...errorFields(error) }, "could not work out who to push to");
  }
}

/** Ids only in the logs: an endpoint is a capability URL and the payload is about a customer. */
async function deliver(db: Db, vapid: AppConfig["vapid"], target: PushTarget, payload: PushPayload): Promise<void> {
  const subscriptionId = target.subscription.id;
  try {
    const status = await sendPush(target.subscription, payload, vapid);
    if (status === 404 || status === 410) {
      // The browser unsubscribed or the subscription expired: it will never work again.
      await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, subscriptionId));
      log.info({ subscriptionId, agentId: target.subscription.agentId, status }, "push subscription gone; removed");
    } else if (status >= 200 && status < 300) {
      await db.update(pushSubscriptions).set({ lastSentAt: new Date() }).where(eq(pushSubscriptions.id, subscriptionId));
    } else {
      log.warn({ subscriptionId, agentId: target.subscription.agentId, status }, "push service refused a notification");
    }
  } catch (error) {
    log.warn({ subscriptionId, agentId: target.subscription.agentId, ...errorFields(error) }, "could not reach the push service");
  }
}
