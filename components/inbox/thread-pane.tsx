"use client";

import { useTranslations } from "next-intl";
import { useCallback, useMemo, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { ErrorState } from "@/components/ui/error-state";
import { ThreadSkeleton } from "@/components/ui/skeleton";
import { ApiError } from "./api-fetch";
import { firstFile } from "./attachment-rules";
import { flattenThread } from "./cache-merge";
import { Composer } from "./composer";
import { ConversationActions } from "./conversation-actions";
import { ConversationBar } from "./conversation-bar";
import { conversationTitle } from "./conversation-title";
import { CopyNumber } from "./copy-number";
import { DegradedBanner } from "./degraded-banner";
import { MessageList, type MessageListControl } from "./message-list";
import { NewMessageAnnouncer } from "./new-message-announcer";
import { NewMessagesButton } from "./new-messages-button";
import { THREAD_PANE } from "./pane-classes";
import { PaneHeader } from "./pane-header";
import { usePlatformLabel } from "./platform-badge";
import { ReplyWindow } from "./reply-window";
import { SilentViewBar } from "./silent-view-bar";
import { channelHref } from "./route-params";
import { useChannelView } from "./use-channel-view";
import { useThread } from "./use-inbox-queries";
import { useRetryMessage } from "./use-outbox";
import { useMarkRead } from "./use-mark-read";
import { useUnreadSnapshot } from "./use-unread-snapshot";
import { useLandOnMessage } from "@/components/search/use-land-on-message";
import { useContact } from "./use-team-queries";

export function ThreadPane({ channelId, conversationId }: { channelId: string; conversationId: string }) {
  const thread = useThread(conversationId);
  const newest = thread.data?.pages[0];
  const channel = useChannelView(channelId, newest?.channel);
  const messages = useMemo(() => (thread.data ? flattenThread(thread.data) : []), [thread.data]);
  // Taken before marking read, from fresh data: a cached copy left read may be stale (invalidated
  // by live events), so wait for its refetch (or its failure: never marked read otherwise).
  const unread = useUnreadSnapshot(conversationId, newest?.conversation, messages, thread.isFetchedAfterMount || (!thread.isFetching && !thread.isStale));
  const list = useRef<MessageListControl>(null);
  const [hasNew, setHasNew] = useState(false);
  const scrollToBottom = () => list.current?.scrollToBottom();
  const scrollToMessage = useCallback((id: number) => list.current?.scrollToMessage(id) ?? false, []);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = thread;
  const loadOlder = () => void fetchNextPage();
  // A supervisor viewing silently moves no read marker (the server would ignore it anyway).
  const silent = newest?.silent ?? false;
  useMarkRead(conversationId, unread.taken && !silent ? newest?.conversation : undefined);
  useLandOnMessage(scrollToMessage, messages, thread);
  const retry = useRetryMessage(conversationId);
  // A file dropped anywhere on the thread is attached in the composer.
  const attachRef = useRef<((file: File) => void) | null>(null);
  const contactName = useContact(conversationId).data?.contact.name;
  const title = newest ? conversationTitle(newest.conversation, contactName) : "";
  const notFound = thread.error instanceof ApiError && thread.error.status === 404;
  const t = useTranslations("thread.pane");
  const platformLabel = usePlatformLabel();

  return (
    <section
      aria-labelledby="thread-title"
      // Input in here is not reported as the supervisor's activity (activity-reporter.tsx).
      data-silent-view={silent || undefined}
      className={cn(THREAD_PANE, "flex flex-col bg-surface")}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes("Files")) event.preventDefault();
      }}
      onDrop={(event) => {
        const file = firstFile(event.dataTransfer.files);
        if (!file || !attachRef.current) return;
        event.preventDefault();
        attachRef.current(file);
      }}
    >
      <PaneHeader
        titleId="thread-title"
        title={newest ? <span data-destination={newest.conversation.destination}>{title}</span> : t("title")}
        actions={newest?.conversation.phone && <CopyNumber e164={newest.conversation.phone.e164} />}
        subtitle={channel ? `${channel.name} · ${platformLabel(channel.platform)}` : undefined}
        backHref={channelHref(channelId)}
      />
      {newest && channel && <ReplyWindow platform={channel.platform} lastInboundAt={newest.conversation.lastInboundAt} />}
      {newest && <ConversationActions channelId={channelId} conversation={newest.conversation} />}
      {thread.data && <ConversationBar conversationId={conversationId} />}
      <DegradedBanner channel={channel} />
      {!thread.data ? (
        thread.isError ? (
          <ErrorState
            title={notFound ? t("notFound") : t("loadFailed")}
            message={thread.error.message}
            onRetry={notFound ? undefined : () => void thread.refetch()}
          />
        ) : (
          <ThreadSkeleton />
        )
      ) : (
        <>
          <div className="relative flex min-h-0 flex-1 flex-col">
            {/* The log wraps the list (a role on the <ol> itself would strip its items of their list)
                and is silent: NewMessageAnnouncer speaks for new messages, not every row added. */}
            <div role="log" aria-label={t("messages")} aria-live="off" className="flex min-h-0 flex-1 flex-col">
              <MessageList
                messages={messages}
                control={list}
                onHasNew={setHasNew}
                older={{ hasMore: hasNextPage, loading: isFetchingNextPage, load: loadOlder }}
                // mutate is stable across renders: the rows keep their memo.
                onRetry={retry.mutate}
                retryingId={retry.isPending ? retry.variables : null}
                unread={unread.marker}
                contactName={title}
              />
            </div>
            {retry.isError && (
              <p role="alert" className="mx-3 mb-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
                {retry.error.message}
              </p>
            )}
            {hasNew && <NewMessagesButton onClick={scrollToBottom} />}
            <NewMessageAnnouncer messages={messages} customer={contactName ?? newest?.conversation.destination ?? t("theCustomer")} />
          </div>
          {silent ? (
            <SilentViewBar conversationId={conversationId} />
          ) : (
            <Composer conversationId={conversationId} onSent={scrollToBottom} attachRef={attachRef} />
          )}
        </>
      )}
    </section>
  );
}
