import { parseJsonBody, uuidParam, withAgent } from "@/lib/api/handler";
import { createInboxContext } from "@/lib/inbox/context";
import { replySchema, sendReply } from "@/lib/inbox/reply";
import { getThread } from "@/lib/inbox/thread";
import type { SendReplyResponse, ThreadResponse } from "@/lib/inbox/types";
import { notFound } from "@/lib/errors";

export const dynamic = "force-dynamic";

type Params = { conversationId: string };

function conversationId(params: Params): string {
  if (!uuidParam.safeParse(params.conversationId).success) throw notFound("This conversation");
  return params.conversationId;
}

export const GET = withAgent<Params>(async (_req, { agent, params }) => {
  const thread = await getThread(await createInboxContext(agent), conversationId(params));
  return Response.json(thread satisfies ThreadResponse);
});

export const POST = withAgent<Params>(async (req, { agent, params }) => {
  const id = conversationId(params);
  const input = await parseJsonBody(req, replySchema);
  const result = await sendReply(await createInboxContext(agent), id, input);
  return Response.json(result satisfies SendReplyResponse, { status: 201 });
});
