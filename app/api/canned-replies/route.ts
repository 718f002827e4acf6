import { rules } from "@/lib/auth/route-rules";
import { parseJsonBody, withAgent } from "@/lib/api/handler";
import { getRuntime } from "@/lib/runtime/boot";
import { createCannedReply, listCannedReplies, type CannedReplyView } from "@/lib/teams/canned-replies";
import { cannedReplySchema } from "@/lib/validation/settings";

export const dynamic = "force-dynamic";

export interface CannedRepliesResponse {
  cannedReplies: CannedReplyView[];
}
export interface CannedReplyResponse {
  cannedReply: CannedReplyView;
}

/** Every signed-in agent reads them (the composer's "/" picker). */
export const GET = withAgent(rules.signedIn(), async () => {
  const { db } = await getRuntime();
  return Response.json({ cannedReplies: await listCannedReplies(db) } satisfies CannedRepliesResponse);
});

export const POST = withAgent(rules.role("settings.manage"), async (req, { agent }) => {
  const { db } = await getRuntime();
  const input = await parseJsonBody(req, cannedReplySchema, 64 * 1024);
  return Response.json({ cannedReply: await createCannedReply(db, agent, input) } satisfies CannedReplyResponse, { status: 201 });
});
