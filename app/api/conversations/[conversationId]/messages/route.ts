import { rules } from "@/lib/auth/route-rules";
import { z } from "zod";
import { parseJsonBody, uuidParam, withAgent } from "@/lib/api/handler";
import { createInboxContext } from "@/lib/inbox/context";
import { replySchema, sendReply } from "@/lib/inbox/reply";
import { getNewMessages, getThread } from "@/lib/inbox/thread";
import type { NewMessagesResponse, SendReplyResponse, ThreadResponse } from "@/lib/inbox/types";
import { invalidInput, notFound } from "@/lib/errors";
import { getRuntime } from "@/lib/runtime/boot";
import { requestChatRefresh } from "@/lib/sync/chat-refresh";
import { assertNotSilent } from "@/lib/teams/silent-view";

export const dynamic = "force-dynamic";

type Params = { conversationId: string };

function conversationId(params: Params): string {
  if (!uuidParam.safeParse(params.conversationId).success) throw notFound("This conversation");
  return params.conversationId;
}

const afterSchema = z.coerce.number().int().nonnegative();

/** The thread from the mirror; a stale mirror asks for one fetch upstream (shared by everyone). */
export const GET = withAgent<Params>(rules.conversation("conversation.view"), async (req, { agent, params }) => {
  const id = conversationId(params);
  const ctx = await createInboxContext(agent);
  const query = new URL(req.url).searchParams;
  const after = query.get("after");
  if (after !== null) {
    const parsed = afterSchema.safeParse(after);
    if (!parsed.success) throw invalidInput("`after` must be a message id.");
    return Response.json((await getNewMessages(ctx, id, parsed.data)) satisfies NewMessagesResponse);
  }
  const thread = await getThread(ctx, id, query.get("before"));
  if (!query.get("before")) void requestChatRefresh(ctx.sync, id, { channelId: thread.channel.id, channelSyncedAt: thread.channel.health.lastSyncedAt });
  return Response.json(thread satisfies ThreadResponse);
});

/** Stores the reply (202) or returns the one stored under this idempotency key (200); the outbox sends it. */
export const POST = withAgent<Params>(rules.conversation("conversation.reply"), async (req, { agent, params, scope }) => {
  const id = conversationId(params);
  const input = await parseJsonBody(req, replySchema);
  const ctx = await createInboxContext(agent);
  // A supervisor viewing silently must "Join" first: nothing goes upstream from merely looking.
  if (scope) await assertNotSilent(ctx.db, agent, scope);
  const { config } = await getRuntime();
  const { message, created } = await sendReply(ctx, config, id, input);
  return Response.json({ message } satisfies SendReplyResponse, { status: created ? 202 : 200 });
});
