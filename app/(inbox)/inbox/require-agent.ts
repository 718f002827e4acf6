import "server-only";
import { notFound, redirect } from "next/navigation";
import { decideChannel, decideConversation } from "@/lib/auth/policy";
import { conversationScope } from "@/lib/auth/scope";
import { getSessionAgent } from "@/lib/auth/session";
import { getRuntime } from "@/lib/runtime/boot";
import { z } from "zod";

type PageTarget = { channelId: string } | { channelId: string; conversationId: string };

const uuid = z.string().uuid();

/**
 * Every inbox page checks the session itself (the proxy only redirects, and a layout is not
 * re-rendered on client navigation, so it cannot be the only guard), and asks the policy about
 * the channel or conversation it shows. Refused or missing: the not-found page, which says the
 * same for both so a URL does not reveal what exists.
 */
export async function requireAgent(returnTo: string, target?: PageTarget) {
  const agent = await getSessionAgent();
  if (!agent) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!target) return agent;
  if (!uuid.safeParse(target.channelId).success || !decideChannel(agent, target.channelId).allowed) notFound();
  if ("conversationId" in target) {
    const scope = uuid.safeParse(target.conversationId).success ? await conversationScope((await getRuntime()).db, target.conversationId) : null;
    if (!scope || scope.channelId !== target.channelId || !decideConversation(agent, "conversation.view", scope).allowed) notFound();
  }
  return agent;
}
