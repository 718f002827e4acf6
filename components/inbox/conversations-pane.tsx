"use client";

import { useTranslations } from "next-intl";
import { useParams } from "next/navigation";
import { useMemo, useRef } from "react";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { ListSkeleton } from "@/components/ui/skeleton";
import { DEFAULT_FILTERS } from "@/lib/inbox/conversation-filters";
import { AssigneeFilter } from "./assignee-filter";
import { flattenConversations } from "./cache-merge";
import { ConversationListItem } from "./conversation-list-item";
import { DegradedBanner } from "./degraded-banner";
import { ALL_CHANNELS } from "./inbox-keys";
import { LoadMoreItem, LoadMoreRow } from "./load-more-row";
import { CONVERSATIONS_PANE } from "./pane-classes";
import { PaneHeader } from "./pane-header";
import { usePlatformLabel } from "./platform-badge";
import { decodeParam } from "./route-params";
import { useChannelView } from "./use-channel-view";
import { useChannels, useConversationCounts, useConversations, useLabels } from "./use-inbox-queries";
import { useLoadMore } from "./use-load-more";
import { useConversationRows } from "./use-conversation-rows";
import { useViewFilters } from "./use-view-filters";
import { ViewFilters } from "./view-filters";
import { ViewTabs } from "./view-tabs";

/** One channel's conversations, or (scope ALL_CHANNELS) every channel's, in the view the URL names. */
export function ConversationsPane({ scope }: { scope: string }) {
  const t = useTranslations("inbox");
  const platformLabel = usePlatformLabel();
  const params = useParams<{ conversationId?: string }>();
  const selected = decodeParam(params.conversationId);
  const allChannels = scope === ALL_CHANNELS;
  const { filters, setFilters, hrefOf, carried } = useViewFilters();
  const query = useConversations(scope, filters);
  const counts = useConversationCounts(scope, filters.status);
  const labels = useLabels();
  const channels = useChannels();
  const channel = useChannelView(allChannels ? "" : scope, query.data?.pages[0]?.channel ?? undefined);
  const channelNames = useMemo(() => new Map(channels.data?.channels.map((c) => [c.id, c.name])), [channels.data]);
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
  const list = useConversationRows(scroller, rows, hasNextPage, selected);
  const filtered = JSON.stringify(filters) !== JSON.stringify(DEFAULT_FILTERS);

  return (
    <div className={cn(CONVERSATIONS_PANE, "flex-col bg-surface", selected ? "hidden md:flex" : "flex")}>
      <PaneHeader
        title={allChannels ? t("channels.all") : (channel?.name ?? t("conversations.title"))}
        subtitle={allChannels ? undefined : channel ? platformLabel(channel.platform) : undefined}
        backHref="/inbox"
        heading={false}
      />
      {!allChannels && <DegradedBanner channel={channel} />}
      {filters.assigneeId === null ? (
        <ViewTabs filters={filters} counts={counts.data} hrefOf={hrefOf} />
      ) : (
        <AssigneeFilter name={query.data?.pages[0]?.assignee?.name} onClear={() => setFilters({ assigneeId: null })} />
      )}
      <ViewFilters filters={filters} labels={labels.data?.labels} onChange={setFilters} />
      <nav ref={scroller} aria-label={t("conversations.title")} className="min-h-0 flex-1 overflow-y-auto">
        {!query.data ? (
          query.isError ? (
            <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />
          ) : (
            <ListSkeleton label={t("conversations.loading")} />
          )
        ) : rows.length === 0 ? (
          <EmptyState>{filtered ? t("conversations.emptyFiltered") : allChannels ? t("conversations.empty") : t("conversations.emptyChannel")}</EmptyState>
        ) : (
          <ul className={list.virtual ? undefined : "py-2"} style={list.listStyle}>
            {list.rows.map((row) => {
              const conversation = rows[row.index];
              return conversation ? (
                <ConversationListItem
                  key={row.key}
                  row={list.rowProps(row)}
                  conversation={conversation}
                  current={conversation.id === selected}
                  query={carried}
                  channelName={allChannels ? channelNames.get(conversation.channelId) : undefined}
                />
              ) : (
                <LoadMoreItem key={row.key} row={list.rowProps(row)} sentinel={sentinel}>
                  <LoadMoreRow
                    loading={isFetchingNextPage}
                    label={t("conversations.loadMore")}
                    loadingLabel={t("conversations.loadingMore")}
                    onLoad={loadMore}
                  />
                </LoadMoreItem>
              );
            })}
          </ul>
        )}
      </nav>
    </div>
  );
}
