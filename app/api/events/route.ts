import { rules } from "@/lib/auth/route-rules";
import { errorResponse, withAgent } from "@/lib/api/handler";
import { findSessionAgent } from "@/lib/auth/sessions";
import { AppError } from "@/lib/errors";
import { getEventHub } from "@/lib/events/hub";
import { createEventStream } from "@/lib/events/sse";
import { getStreamSlots, STREAM_RETRY_AFTER_SECONDS, type SlotRefusal } from "@/lib/events/stream-slots";
import { getRuntime } from "@/lib/runtime/boot";
import { markSeen } from "@/lib/teams/presence";

export const dynamic = "force-dynamic";

const REFUSALS: Record<SlotRefusal, string> = {
  agent: "Too many open tabs for this account: close some and reload.",
  instance: "The server has too many live connections right now. Reload in a minute.",
};

function tooManyStreams(reason: SlotRefusal): Response {
  const res = errorResponse(new AppError("too_many_streams", 429, REFUSALS[reason]));
  res.headers.set("retry-after", String(STREAM_RETRY_AFTER_SECONDS));
  return res;
}

/** Server-Sent Events: the changes the signed-in agent may see, resumable with Last-Event-ID. */
export const GET = withAgent(rules.signedIn(), async (req, { agent }) => {
  const { db, listen, config } = await getRuntime();
  // Presence: an open inbox is an online agent (auto-assignment hands work to online agents);
  // opening counts as input, a heartbeat does not (an idle open tab goes Away after 5 minutes).
  // Best effort: a failed write must not cost the stream; the next heartbeat writes again.
  const seen = (id: string, active = false) => markSeen(db, id, { active }).catch(() => undefined);
  const hub = await getEventHub(db, listen);
  // Taken last, after everything that can throw: the stream's end is what gives the slot back.
  const slot = getStreamSlots().acquire(agent.id);
  if ("refused" in slot) return tooManyStreams(slot.refused);
  const stream = createEventStream({
    hub,
    db,
    actor: agent,
    lastEventId: req.headers.get("last-event-id"),
    signal: req.signal,
    refreshActor: async () => {
      const fresh = await findSessionAgent(db, agent.sessionId, config.mode);
      if (fresh) await seen(fresh.id);
      return fresh;
    },
    onEnd: slot.release,
  });
  // After the stream listens: the `agent.presence` this opening may cause is then one of its own
  // events (the tab's dot learns it), not fanned out a moment before it subscribed.
  await seen(agent.id, true);
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      // no-transform keeps the response out of compression, which would buffer the stream.
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
});
