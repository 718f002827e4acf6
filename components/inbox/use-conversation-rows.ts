"use client";

import { useCallback } from "react";
import type { ConversationView } from "@/lib/inbox/types";
import { useVirtualRows, type VirtualRows } from "./use-virtual-rows";

/** The first HTML shows at most this many rows (a page and a bit). */
const FIRST_PAINT_ROWS = 60;
const MORE_KEY = "more";

/**
 * The conversation list's virtual rows: the conversations, then the "Load more" row while pages
 * are left. The first row, the last and the open conversation with its neighbours stay mounted,
 * so j/k always find the next row in the page (focusing it scrolls it into view) and the paging
 * sentinel is always observed.
 */
export function useConversationRows(
  scroller: React.RefObject<HTMLElement | null>,
  rows: ConversationView[],
  hasMore: boolean,
  selected: string | undefined,
): VirtualRows {
  const count = rows.length + (hasMore ? 1 : 0);
  const at = selected ? rows.findIndex((c) => c.id === selected) : -1;
  const keyOf = useCallback((i: number) => rows[i]?.id ?? MORE_KEY, [rows]);
  // Three lines, a fourth with labels; the "Load more" button row is short.
  const estimate = useCallback((i: number) => (!rows[i] ? 40 : rows[i].labels.length > 0 ? 104 : 82), [rows]);
  return useVirtualRows({
    count,
    scroller,
    keyOf,
    estimate,
    keep: [0, count - 1, ...(at >= 0 ? [at - 1, at, at + 1] : [])],
    firstPaint: Array.from({ length: Math.min(count, FIRST_PAINT_ROWS) }, (_, i) => i),
    gap: 0,
    paddingStart: 8,
    paddingEnd: 8,
  });
}
