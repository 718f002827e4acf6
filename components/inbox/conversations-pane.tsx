"use client";

import { useParams } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { ListSkeleton } from "@/components/ui/skeleton";
import { ConversationListItem } from "./conversation-list-item";
import { CONVERSATIONS_PANE } from "./pane-classes";
import { PaneHeader } from "./pane-header";
import { platformInfo } from "./platform-badge";
import { decodeParam } from "./route-params";
import { useConversations } from "./use-inbox-queries";

export function ConversationsPane({ channelId }: { channelId: string }) {
  const params = useParams<{ conversationId?: string }>();
  const selected = decodeParam(params.conversationId);
  const query = useConversations(channelId);
  const channel = query.data?.channel;

  return (
    <div className={cn(CONVERSATIONS_PANE, "flex-col bg-white", selected ? "hidden md:flex" : "flex")}>
      <PaneHeader
        title={channel?.name ?? "Conversations"}
        subtitle={channel ? platformInfo(channel.platform).label : undefined}
        backHref="/inbox"
        heading={false}
      />
      <nav aria-label="Conversations" className="min-h-0 flex-1 overflow-y-auto">
        {!query.data ? (
          query.isError ? (
            <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />
          ) : (
            <ListSkeleton label="Loading conversations" />
          )
        ) : query.data.conversations.length === 0 ? (
          <EmptyState>No conversations in this channel yet.</EmptyState>
        ) : (
          <ul className="flex flex-col gap-0.5 p-2">
            {query.data.conversations.map((conversation) => (
              <ConversationListItem
                key={conversation.id}
                conversation={conversation}
                current={conversation.id === selected}
              />
            ))}
          </ul>
        )}
      </nav>
    </div>
  );
}
