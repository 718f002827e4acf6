import "server-only";
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { headers } from "next/headers";
import { ALL_CHANNELS, inboxKeys } from "@/components/inbox/inbox-keys";
import { teamKeys } from "@/components/inbox/team-keys";
import type { SignedInAgent } from "@/lib/auth/session";
import { listChannels } from "@/lib/inbox/channels";
import { createInboxContext } from "@/lib/inbox/context";
import { PAGE_SEARCH_HEADER, readFilters, type ConversationFilters } from "@/lib/inbox/conversation-filters";
import { listConversations } from "@/lib/inbox/conversations";
import { getThread } from "@/lib/inbox/thread";
import type { ChannelsResponse, ConversationsResponse, ThreadResponse } from "@/lib/inbox/types";
import { getContact, type ContactResponse } from "@/lib/teams/contacts";
import { requestChatRefresh } from "@/lib/sync/chat-refresh";
import { markChannelWatched } from "@/lib/sync/watch";

/*
 * The inbox's first HTML carries its data: layouts and pages ask the same use cases as the API
 * routes (with the same policy, through the signed-in agent) and hand the answers to TanStack
 * Query under the keys the client hooks use, so the panes render filled on the server and the
 * browser does not fetch them again to paint. A failed prefetch is simply left out (dehydrate
 * keeps successes only): the client then fetches and shows the error as it always has.
 */

/** The API sends JSON; the cache must hold exactly what a fetch would have put there. */
const asJson = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** One per layout or page: each hands over only what it fetched. */
export const serverQueryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

/** The list filters of the page being rendered: layouts get no searchParams, proxy.ts passes them on. */
export async function pageFilters(): Promise<ConversationFilters> {
  return readFilters(new URLSearchParams((await headers()).get(PAGE_SEARCH_HEADER) ?? ""));
}

export function prefetchChannels(qc: QueryClient, agent: SignedInAgent) {
  return qc.prefetchQuery({
    queryKey: inboxKeys.channels(),
    queryFn: async () => asJson({ channels: await listChannels(await createInboxContext(agent)) } satisfies ChannelsResponse),
  });
}

/** The first page of a list, as GET /api/channels/:id/conversations (or /api/conversations) answers it. */
export function prefetchConversations(qc: QueryClient, agent: SignedInAgent, scope: string, filters: ConversationFilters) {
  return qc.prefetchInfiniteQuery({
    queryKey: inboxKeys.conversations(scope, filters),
    queryFn: async () => {
      const channelId = scope === ALL_CHANNELS ? null : scope;
      const page = await listConversations(await createInboxContext(agent), channelId, null, filters);
      if (channelId) markChannelWatched(channelId);
      return asJson(page satisfies ConversationsResponse);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** The newest page of a thread and the conversation's contact (the thread's title). */
export function prefetchConversation(qc: QueryClient, agent: SignedInAgent, conversationId: string) {
  return Promise.all([
    qc.prefetchInfiniteQuery({
      queryKey: inboxKeys.thread(conversationId),
      queryFn: async () => {
        const ctx = await createInboxContext(agent);
        const thread = await getThread(ctx, conversationId, null);
        // As the route does: a stale mirror asks for one fetch upstream.
        void requestChatRefresh(ctx.sync, conversationId, { channelId: thread.channel.id, channelSyncedAt: thread.channel.health.lastSyncedAt });
        return asJson(thread satisfies ThreadResponse);
      },
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.olderCursor,
    }),
    qc.prefetchQuery({
      queryKey: teamKeys.contact(conversationId),
      queryFn: async () => asJson((await getContact((await createInboxContext(agent)).db, agent, conversationId)) satisfies ContactResponse),
    }),
  ]);
}

export function Prefetched({ client, children }: { client: QueryClient; children: React.ReactNode }) {
  return <HydrationBoundary state={dehydrate(client)}>{children}</HydrationBoundary>;
}
