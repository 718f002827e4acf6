import { rules } from "@/lib/auth/route-rules";
import { parseJsonBody, uuidParam, withAgent } from "@/lib/api/handler";
import { notFound } from "@/lib/errors";
import { getRuntime } from "@/lib/runtime/boot";
import { deleteCannedReply, updateCannedReply } from "@/lib/teams/canned-replies";
import { cannedReplyPatchSchema } from "@/lib/validation/settings";
import type { CannedReplyResponse } from "../route";

export const dynamic = "force-dynamic";

function replyId(params: { replyId: string }): string {
  const id = uuidParam.safeParse(params.replyId);
  if (!id.success) throw notFound("This canned reply");
  return id.data;
}

export const PATCH = withAgent<{ replyId: string }>(rules.role("settings.manage"), async (req, { agent, params }) => {
  const id = replyId(params);
  const { db } = await getRuntime();
  const input = await parseJsonBody(req, cannedReplyPatchSchema, 64 * 1024);
  return Response.json({ cannedReply: await updateCannedReply(db, agent, id, input) } satisfies CannedReplyResponse);
});

export const DELETE = withAgent<{ replyId: string }>(rules.role("settings.manage"), async (_req, { agent, params }) => {
  const id = replyId(params);
  const { db } = await getRuntime();
  await deleteCannedReply(db, agent, id);
  return Response.json({ deleted: true });
});
