import { withAgent } from "@/lib/api/handler";
import { findSessionAgent } from "@/lib/auth/sessions";
import { getEventHub } from "@/lib/events/hub";
import { createEventStream } from "@/lib/events/sse";
import { getRuntime } from "@/lib/runtime/boot";

export const dynamic = "force-dynamic";

/** Server-Sent Events: the changes the signed-in agent may see, resumable with Last-Event-ID. */
export const GET = withAgent(async (req, { agent }) => {
  const { db, listen, config } = await getRuntime();
  const hub = await getEventHub(db, listen);
  const stream = createEventStream({
    hub,
    db,
    agentId: agent.id,
    lastEventId: req.headers.get("last-event-id"),
    signal: req.signal,
    stillAllowed: async () => (await findSessionAgent(db, agent.sessionId, config.mode)) !== null,
  });
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
