import { injectInboundMessage } from "@/lib/sandbox/simulator";
import { readJson, sandboxRoute } from "../../../../../../_lib/guard";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ channelId: string; destination: string }> };

/** The contact writes `{ "text": "…" }`; starts the chat if it is the first message. */
export const POST = sandboxRoute<Context>(async (request, { params }, { db }) => {
  const { channelId, destination } = await params;
  const body = await readJson(request);
  return Response.json(await injectInboundMessage(db, channelId, destination, body), { status: 201 });
});
