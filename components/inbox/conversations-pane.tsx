"use client";

import { useParams } from "next/navigation";
import { useMemo, useRef } from "react";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { ListSkeleton } from "@/components/ui/skeleton";
import { flattenConversations } from "./cache-merge";
import { ConversationListItem } from "./conversation-list-item";
import { DegradedBanner } from "./degraded-banner";
import { LoadMoreRow } from "./load-more-row";
import { CONVERSATIONS_PANE } from "./pane-classes";
import { PaneHeader } from "./pane-header";
import { platformInfo } from "./platform-badge";
import { decodeParam } from "./route-params";
import { useChannelView } from "./use-channel-view";
import { useConversations } from "./use-inbox-queries";
import { useLoadMore } from "./use-load-more";

export function ConversationsPane({ channelId }: { channelId: string }) {
  const params = useParams<{ conversationId?: string }>();
  const selected = decodeParam(params.conversationId);
  const query = useConversations(channelId);
  const channel = useChannelView(channelId, query.data?.pages[0]?.channel);
  const rows = useMemo(() => (query.data ? flattenConversations(query.data) : []), [query.data]);
  const scroller = useRef<HTMLElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const loadMore = () => void fetchNextPage();
  const sentinel = useLoadMore<HTMLLIElement>({
    root: scroller,
    enabled: hasNextPage && !isFetchingNextPage,
    onLoad: loadMore,
    margin: "0px 0px 400px 0px",
  });

  return (
    <div className={cn(CONVERSATIONS_PANE, "flex-col bg-white", selected ? "hidden md:flex" : "flex")}>
      <PaneHeader
        title={channel?.name ?? "Conversations"}
        subtitle={channel ? platformInfo(channel.platform).label : undefined}
        backHref="/inbox"
        heading={false}
      />
      <DegradedBanner channel={channel} />
      <nav ref={scroller} aria-label="Conversations" className="min-h-0 flex-1 overflow-y-auto">
        {!query.data ? (
          query.isError ? (
            <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />
          ) : (
            <ListSkeleton label="Loading conversations" />
          )
        ) : rows.length === 0 ? (
          <EmptyState>No conversations in this channel yet.</EmptyState>
        ) : (
          <ul className="flex flex-col gap-0.5 p-2">
            {rows.map((conversation) => (
              <ConversationListItem key={conversation.id} conversation={conversation} current={conversation.id === selected} />
            ))}
            {hasNextPage && (
              <LoadMoreRow
                sentinelRef={sentinel}
                loading={isFetchingNextPage}
                label="Load more conversations"
                loadingLabel="Loading more conversations…"
                onLoad={loadMore}
              />
            )}
          </ul>
        )}
      </nav>
    </div>
  );
}
