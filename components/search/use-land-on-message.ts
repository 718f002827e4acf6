"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useRef, type RefObject } from "react";

/** Older pages fetched at most to find the message (50 each): a search result deeper than this opens at the newest. */
const MAX_PAGES = 40;

interface OlderPages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/**
 * Opening a search result (`?message=<id>`): loads older pages until the message is in the
 * thread, scrolls it to the middle of the list and marks it (`data-landed`) so the eye finds it.
 * Newer messages are those already loaded below it; older ones keep loading as the agent scrolls up.
 */
export function useLandOnMessage(listRef: RefObject<HTMLElement | null>, messages: readonly { id: number }[], older: OlderPages) {
  const target = Number(useSearchParams().get("message"));
  const landed = useRef<number | null>(null);
  const pages = useRef(0);
  const present = Number.isSafeInteger(target) && target > 0 && messages.some((m) => m.id === target);

  useEffect(() => {
    if (!Number.isSafeInteger(target) || target <= 0 || landed.current === target || messages.length === 0) return;
    if (!present) {
      if (older.hasNextPage && !older.isFetchingNextPage && pages.current < MAX_PAGES) {
        pages.current += 1;
        void older.fetchNextPage();
      }
      return;
    }
    const row = listRef.current?.querySelector<HTMLElement>(`[data-message-id="${target}"]`);
    if (!row) return;
    landed.current = target;
    listRef.current?.querySelectorAll("[data-landed]").forEach((el) => el.removeAttribute("data-landed"));
    row.setAttribute("data-landed", "true");
    row.scrollIntoView({ block: "center" });
  }, [target, present, messages.length, listRef, older]);
}
