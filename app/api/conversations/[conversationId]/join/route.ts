import { rules } from "@/lib/auth/route-rules";
import { withAgent } from "@/lib/api/handler";
import { decideRole } from "@/lib/auth/policy";
import { enforce } from "@/lib/auth/route-rules";
import { AppError } from "@/lib/errors";
import { getRuntime } from "@/lib/runtime/boot";
import { joinConversation } from "@/lib/teams/silent-view";

export const dynamic = "force-dynamic";

/**
 * "Join" (issue 10): a supervisor viewing a conversation silently takes part in it, so replies
 * and notes are let through from now on (every tab, after reloads). Audited as
 * `conversation.joined`; 204. Supervisors and admins (who are never silent, so it changes
 * nothing for them but the log); agents 403.
 */
export const POST = withAgent<{ conversationId: string }>(rules.conversation("conversation.view"), async (_req, { agent, scope }) => {
  enforce(decideRole(agent, "conversations.all"));
  if (!scope) throw new AppError("internal", 500, "The conversation was not loaded.");
  const { db } = await getRuntime();
  await joinConversation(db, agent, scope.conversationId);
  return new Response(null, { status: 204 });
});
