"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { MessageView } from "@/lib/inbox/types";
import { LoadMoreRow } from "./load-more-row";
import { MessageBubble } from "./message-bubble";
import { NoteBubble } from "./note-bubble";
import { useSignedInAgent } from "./signed-in-agent";
import { layoutThread, type UnreadMarker } from "./thread-layout";
import { useDisplayLocale } from "./use-display-locale";
import { useDisplayTimeZone } from "./use-display-time-zone";

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
  unread,
  contactName,
}: {
  messages: MessageView[];
  /** Where the unread messages started when the thread was opened. */
  unread: UnreadMarker | null;
  /** The customer as the thread's title names them. */
  contactName: string;
  onRetry?: (messageId: number) => void;
  retryingId?: number | null;
  listRef: React.Ref<HTMLOListElement>;
  onScroll: () => void;
  older: OlderPages;
}) {
  const timeZone = useDisplayTimeZone();
  const locale = useDisplayLocale();
  const selfId = useSignedInAgent()?.id ?? null;
  const t = useTranslations("thread");
  const items = useMemo(
    () => layoutThread(messages, { unread, selfId, contactName, t, timeZone, locale }),
    [messages, unread, selfId, contactName, t, timeZone, locale],
  );
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
          label={t("list.loadOlder")}
          loadingLabel={t("list.loadingOlder")}
          onLoad={older.load}
        />
      )}
      {messages.length === 0 ? (
        <li className="m-auto text-sm text-gray-500">{t("list.empty")}</li>
      ) : (
        items.map((item) =>
          item.kind === "day" ? (
            <li key={item.key} data-day-separator className="self-center rounded-full bg-gray-100 px-3 py-0.5 text-xs font-medium text-gray-600">
              {item.label}
            </li>
          ) : item.kind === "unread" ? (
            <li key={item.key} data-unread-separator className="flex items-center gap-2 text-xs font-semibold text-brand-dark">
              <span aria-hidden="true" className="h-px flex-1 bg-brand" />
              {t("list.unread", { count: item.count })}
              <span aria-hidden="true" className="h-px flex-1 bg-brand" />
            </li>
          ) : item.message.kind === "note" ? (
            <NoteBubble key={item.key} message={item.message} sender={item.sender} first={item.first} />
          ) : (
            <MessageBubble
              key={item.key}
              message={item.message}
              sender={item.sender}
              first={item.first}
              onRetry={onRetry}
              retrying={retryingId === item.message.id}
            />
          ),
        )
      )}
    </ol>
  );
}
