import { rules } from "@/lib/auth/route-rules";
import { parseJsonBody, withAgent } from "@/lib/api/handler";
import { getRuntime } from "@/lib/runtime/boot";
import { subscribeSchema, unsubscribeSchema, updateEventsSchema, type PushDevice } from "@/lib/push/schema";
import { deleteSubscription, listSubscriptions, saveSubscription, updateSubscriptionEvents } from "@/lib/push/subscriptions";

export const dynamic = "force-dynamic";

// A subscription is an endpoint (≤ 2,048 characters), two short keys and three booleans.
const BODY_LIMIT = 4096;

export interface PushDevicesResponse {
  devices: PushDevice[];
}
export interface PushDeviceResponse {
  device: PushDevice;
}

/** The caller's own devices only. */
export const GET = withAgent(rules.signedIn(), async (_req, { agent }) => {
  const { db } = await getRuntime();
  return Response.json({ devices: await listSubscriptions(db, agent.id) } satisfies PushDevicesResponse);
});

/** This browser's subscription (PushSubscription.toJSON() and the events it wants). */
export const POST = withAgent(rules.signedIn(), async (req, { agent }) => {
  const { db } = await getRuntime();
  const input = await parseJsonBody(req, subscribeSchema, BODY_LIMIT);
  const device = await saveSubscription(db, agent.id, input, req.headers.get("user-agent"));
  return Response.json({ device } satisfies PushDeviceResponse, { status: 201 });
});

/** Which events this device is notified of. */
export const PATCH = withAgent(rules.signedIn(), async (req, { agent }) => {
  const { db } = await getRuntime();
  const input = await parseJsonBody(req, updateEventsSchema, BODY_LIMIT);
  return Response.json({ device: await updateSubscriptionEvents(db, agent.id, input.endpoint, input.events) } satisfies PushDeviceResponse);
});

/** "Turn off on this device", and sign-out. Another agent's endpoint answers 404 and stays. */
export const DELETE = withAgent(rules.signedIn(), async (req, { agent }) => {
  const { db } = await getRuntime();
  const { endpoint } = await parseJsonBody(req, unsubscribeSchema, BODY_LIMIT);
  await deleteSubscription(db, agent.id, endpoint);
  return new Response(null, { status: 204 });
});
