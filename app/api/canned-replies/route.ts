import { parseJsonBody, withAgent } from "@/lib/api/handler";
import { rules } from "@/lib/auth/route-rules";
import { getRuntime } from "@/lib/runtime/boot";
import { cannedReplySchema, createCannedReply, listCannedReplies, type CannedReplyView } from "@/lib/teams/canned-replies";

export const dynamic = "force-dynamic";

export interface CannedRepliesResponse {
  cannedReplies: CannedReplyView[];
}

/** Every agent uses canned replies; only admins change them (settings). */
export const GET = withAgent(rules.signedIn(), async () => {
  const { db } = await getRuntime();
  return Response.json({ cannedReplies: await listCannedReplies(db) } satisfies CannedRepliesResponse);
});

/** Minimal create (admins), until the settings pages' full CRUD lands. */
export const POST = withAgent(rules.role("settings.manage"), async (req, { agent }) => {
  const input = await parseJsonBody(req, cannedReplySchema, 32 * 1024);
  const { db } = await getRuntime();
  return Response.json({ cannedReply: await createCannedReply(db, agent, input) }, { status: 201 });
});
