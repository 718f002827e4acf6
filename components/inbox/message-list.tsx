"use client";

import type { MessageView } from "@/lib/inbox/types";
import { LoadMoreRow } from "./load-more-row";
import { MessageBubble } from "./message-bubble";
import { NoteBubble } from "./note-bubble";

export interface OlderPages {
  hasMore: boolean;
  loading: boolean;
  load: () => void;
  sentinelRef: React.Ref<HTMLLIElement>;
}

export function MessageList({
  messages,
  listRef,
  onScroll,
  older,
  onRetry,
  retryingId,
}: {
  messages: MessageView[];
  onRetry?: (messageId: number) => void;
  retryingId?: number | null;
  listRef: React.Ref<HTMLOListElement>;
  onScroll: () => void;
  older: OlderPages;
}) {
  return (
    <ol
      ref={listRef}
      onScroll={onScroll}
      // Focusable so keyboard users can scroll the history.
      tabIndex={0}
      className="flex min-h-0 flex-1 flex-col gap-2 overflow-y-auto px-3 py-4 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand md:px-6"
    >
      {older.hasMore && (
        <LoadMoreRow
          sentinelRef={older.sentinelRef}
          loading={older.loading}
          label="Load older messages"
          loadingLabel="Loading older messages…"
          onLoad={older.load}
        />
      )}
      {messages.length === 0 ? (
        <li className="m-auto text-sm text-gray-500">No messages in this conversation yet.</li>
      ) : (
        messages.map((message) =>
          message.kind === "note" ? (
            <NoteBubble key={message.id} message={message} />
          ) : (
            <MessageBubble key={message.id} message={message} onRetry={onRetry} retrying={retryingId === message.id} />
          ),
        )
      )}
    </ol>
  );
}
