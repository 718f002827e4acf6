"use client";

import { cn } from "@/components/ui/cn";
import { ErrorState } from "@/components/ui/error-state";
import { ThreadSkeleton } from "@/components/ui/skeleton";
import { ApiError } from "./api-fetch";
import { Composer } from "./composer";
import { MessageList } from "./message-list";
import { THREAD_PANE } from "./pane-classes";
import { PaneHeader } from "./pane-header";
import { platformInfo } from "./platform-badge";
import { channelHref } from "./route-params";
import { useThread } from "./use-inbox-queries";
import { useStickToBottom } from "./use-stick-to-bottom";

export function ThreadPane({ channelId, conversationId }: { channelId: string; conversationId: string }) {
  const thread = useThread(conversationId);
  const messages = thread.data?.messages;
  const lastId = messages?.at(-1)?.id;
  const scroll = useStickToBottom<HTMLOListElement>(`${messages?.length ?? 0}:${lastId ?? ""}`);
  const notFound = thread.error instanceof ApiError && thread.error.status === 404;

  return (
    <section aria-labelledby="thread-title" className={cn(THREAD_PANE, "flex flex-col bg-white")}>
      <PaneHeader
        titleId="thread-title"
        title={thread.data?.conversation.destination ?? "Conversation"}
        subtitle={
          thread.data ? `${thread.data.channel.name} · ${platformInfo(thread.data.channel.platform).label}` : undefined
        }
        backHref={channelHref(channelId)}
      />
      {!thread.data ? (
        thread.isError ? (
          <ErrorState
            title={notFound ? "Conversation not found" : "Could not load this conversation"}
            message={thread.error.message}
            onRetry={notFound ? undefined : () => void thread.refetch()}
          />
        ) : (
          <ThreadSkeleton />
        )
      ) : (
        <>
          <MessageList messages={thread.data.messages} listRef={scroll.ref} onScroll={scroll.onScroll} />
          <Composer conversationId={conversationId} channelId={channelId} onSent={scroll.pin} />
        </>
      )}
    </section>
  );
}
