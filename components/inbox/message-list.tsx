"use client";

import { useTranslations } from "next-intl";
import { memo, useCallback, useEffect, useImperativeHandle, useMemo, useRef } from "react";
import type { MessageView } from "@/lib/inbox/types";
import { LoadMoreItem, LoadMoreRow } from "./load-more-row";
import { MessageBubble } from "./message-bubble";
import { NoteBubble } from "./note-bubble";
import { useSignedInAgent } from "./signed-in-agent";
import { layoutThread, type UnreadMarker } from "./thread-layout";
import { estimateRowHeight, threadRows, type ThreadRow } from "./thread-rows";
import { useDisplayLocale } from "./use-display-locale";
import { useDisplayTimeZone } from "./use-display-time-zone";
import { useLoadMore } from "./use-load-more";
import { SLACK_PX, useThreadScroll } from "./use-thread-scroll";
import { useVirtualRows } from "./use-virtual-rows";

export interface OlderPages {
  hasMore: boolean;
  loading: boolean;
  load: () => void;
}

/** What the thread pane asks of the list: the way down, after a send or from "New messages". */
export interface MessageListControl {
  scrollToBottom: () => void;
  /** Centres a loaded message (a search result); false when it is not loaded (yet). */
  scrollToMessage: (messageId: number) => boolean;
}

/** The first HTML shows at most this many of the newest rows. */
const FIRST_PAINT_ROWS = 60;
const ROW = "px-3 md:px-6";

export function MessageList({
  messages,
  control,
  onHasNew,
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
  control: React.Ref<MessageListControl>;
  /** Messages arrived below while the agent reads further up (or no longer). */
  onHasNew: (hasNew: boolean) => void;
  older: OlderPages;
}) {
  const timeZone = useDisplayTimeZone();
  const locale = useDisplayLocale();
  const selfId = useSignedInAgent()?.id ?? null;
  const t = useTranslations("thread");
  const rows = useMemo(
    () => threadRows(layoutThread(messages, { unread, selfId, contactName, t, timeZone, locale }), older.hasMore),
    [messages, unread, selfId, contactName, t, timeZone, locale, older.hasMore],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const keyOf = useCallback((i: number) => rows[i].key, [rows]);
  const estimate = useCallback((i: number) => estimateRowHeight(rows[i]), [rows]);
  const list = useVirtualRows({
    count: rows.length,
    scroller,
    keyOf,
    estimate,
    // The "Load older messages" row stays mounted: it is the sentinel that pages while scrolling up.
    keep: older.hasMore ? [0] : undefined,
    firstPaint: Array.from({ length: Math.min(rows.length, FIRST_PAINT_ROWS) }, (_, i) => rows.length - Math.min(rows.length, FIRST_PAINT_ROWS) + i),
    gap: 8,
    paddingStart: 16,
    paddingEnd: 16,
    anchorTo: "end",
    scrollEndThreshold: SLACK_PX,
    // The unread separator lands just below the top edge, not flush against it.
    scrollPaddingStart: 8,
  });
  const scroll = useThreadScroll({
    virtualizer: list.virtualizer,
    scroller,
    virtual: list.virtual,
    lastKey: rows.at(-1)?.key,
    unreadIndex: rows.findIndex((r) => r.kind === "unread"),
    keys: rows.map((r) => r.key),
  });
  useImperativeHandle(control, () => ({
    scrollToBottom: scroll.scrollToBottom,
    scrollToMessage: (messageId) => {
      // Rows are virtual: the message may not be in the page until the list scrolls to its index.
      const index = rows.findIndex((r) => r.key === messageId);
      if (index === -1) return false;
      list.virtualizer.scrollToIndex(index, { align: "center" });
      return true;
    },
  }));
  useEffect(() => onHasNew(scroll.hasNew), [scroll.hasNew, onHasNew]);
  const sentinel = useLoadMore<HTMLLIElement>({
    root: scroller,
    enabled: older.hasMore && !older.loading,
    onLoad: older.load,
    margin: "300px 0px 0px 0px",
  });

  return (
    <div
      ref={scroller}
      onScroll={scroll.onScroll}
      // Focusable so keyboard users can scroll the history.
      tabIndex={0}
      className="min-h-0 flex-1 overflow-y-auto focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand"
    >
      <ol className={list.virtual ? undefined : "flex flex-col gap-2 py-4"} style={list.listStyle}>
        {list.rows.map((at) => {
          const row = rows[at.index];
          const props = list.rowProps(at);
          return row.kind === "older" ? (
            <LoadMoreItem key={at.key} row={props} sentinel={sentinel}>
              <LoadMoreRow loading={older.loading} label={t("list.loadOlder")} loadingLabel={t("list.loadingOlder")} onLoad={older.load} />
            </LoadMoreItem>
          ) : (
            <li key={at.key} {...props} className={ROW} {...rowMarker(row)}>
              <RowContent row={row} onRetry={onRetry} retryingId={retryingId} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** The separators' data attributes, which tests and the unread anchoring find them by. */
function rowMarker(row: ThreadRow): Record<string, true> {
  return row.kind === "day" ? { "data-day-separator": true } : row.kind === "unread" ? { "data-unread-separator": true } : {};
}

/** Memoised by its row (rows are rebuilt only when the messages change): the virtual list re-renders on every measurement. */
const RowContent = memo(function RowContent({ row, onRetry, retryingId }: { row: Exclude<ThreadRow, { kind: "older" }>; onRetry?: (messageId: number) => void; retryingId?: number | null }) {
  const t = useTranslations("thread");
  switch (row.kind) {
    case "empty":
      return <p className="py-8 text-center text-sm text-gray-500">{t("list.empty")}</p>;
    case "day":
      return (
        <p className="flex justify-center">
          <span className="rounded-full bg-gray-100 px-3 py-0.5 text-xs font-medium text-gray-600">{row.label}</span>
        </p>
      );
    case "unread":
      return (
        <p className="flex items-center gap-2 text-xs font-semibold text-brand-dark">
          <span aria-hidden="true" className="h-px flex-1 bg-brand" />
          {t("list.unread", { count: row.count })}
          <span aria-hidden="true" className="h-px flex-1 bg-brand" />
        </p>
      );
    case "message":
      return row.message.kind === "note" ? (
        <NoteBubble message={row.message} sender={row.sender} first={row.first} />
      ) : (
        <MessageBubble message={row.message} sender={row.sender} first={row.first} onRetry={onRetry} retrying={retryingId === row.message.id} />
      );
  }
});
