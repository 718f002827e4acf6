"use client";

import type { MessageView } from "@/lib/inbox/types";
import { MessageBubble } from "./message-bubble";

export function MessageList({
  messages,
  listRef,
  onScroll,
}: {
  messages: MessageView[];
  listRef: React.Ref<HTMLOListElement>;
  onScroll: () => void;
}) {
  return (
    <ol
      ref={listRef}
      onScroll={onScroll}
      role="log"
      aria-label="Messages"
      // Focusable so keyboard users can scroll the history.
      tabIndex={0}
      className="flex min-h-0 flex-1 flex-col gap-2 overflow-y-auto px-3 py-4 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand md:px-6"
    >
      {messages.length === 0 ? (
        <li className="m-auto text-sm text-gray-500">No messages in this conversation yet.</li>
      ) : (
        messages.map((message, index) => <MessageBubble key={message.id || `i${index}`} message={message} />)
      )}
    </ol>
  );
}
