"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";

/** Older pages fetched at most to find the message (50 each): a search result deeper than this opens at the newest. */
const MAX_PAGES = 40;

interface OlderPages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** Marks the landed row once the virtual list has put it in the page (a few frames at most). */
function markWhenMounted(messageId: number, framesLeft = 30) {
  const row = document.querySelector<HTMLElement>(`[data-message-id="${messageId}"]`);
  if (!row) {
    if (framesLeft > 0) requestAnimationFrame(() => markWhenMounted(messageId, framesLeft - 1));
    return;
  }
  document.querySelectorAll("[data-landed]").forEach((el) => el.removeAttribute("data-landed"));
  row.setAttribute("data-landed", "true");
}

/**
 * Opening a search result (`?message=<id>`): loads older pages until the message is in the
 * thread, has the list scroll it to the middle (`scrollToMessage`: rows are virtual) and marks it
 * (`data-landed`) so the eye finds it. Newer messages are those already loaded below it; older
 * ones keep loading as the agent scrolls up.
 */
export function useLandOnMessage(scrollToMessage: (messageId: number) => boolean, messages: readonly { id: number }[], older: OlderPages) {
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
    if (!scrollToMessage(target)) return;
    landed.current = target;
    markWhenMounted(target);
  }, [target, present, messages.length, scrollToMessage, older]);
}
