"use client";

import { useCallback, useLayoutEffect, useRef } from "react";

/** How close to the bottom still counts as "reading the latest". */
const SLACK_PX = 64;

/**
 * Keeps a scroll container at its bottom when content changes, unless the person has
 * scrolled up to read history: then new messages must not yank them down.
 */
export function useStickToBottom<T extends HTMLElement>(contentKey: unknown) {
  const ref = useRef<T>(null);
  const pinned = useRef(true);

  const onScroll = useCallback(() => {
    const el = ref.current;
    if (el) pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < SLACK_PX;
  }, []);

  /** After the person sends, they want to see their message, wherever they were. */
  const pin = useCallback(() => {
    pinned.current = true;
    const el = ref.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, []);

  useLayoutEffect(() => {
    const el = ref.current;
    if (el && pinned.current) el.scrollTop = el.scrollHeight;
  }, [contentKey]);

  return { ref, onScroll, pin };
}
