import { withAgent } from "@/lib/api/handler";
import { rules } from "@/lib/auth/route-rules";
import { getRuntime } from "@/lib/runtime/boot";
import { listCannedReplies, type CannedReplyView } from "@/lib/teams/canned-replies";

export const dynamic = "force-dynamic";

export interface CannedRepliesResponse {
  cannedReplies: CannedReplyView[];
}

/** Every agent uses canned replies; only admins change them (settings). */
export const GET = withAgent(rules.signedIn(), async () => {
  const { db } = await getRuntime();
  return Response.json({ cannedReplies: await listCannedReplies(db) } satisfies CannedRepliesResponse);
});
