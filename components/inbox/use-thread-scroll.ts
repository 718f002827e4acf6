"use client";

import { useCallback, useLayoutEffect, useRef, useState } from "react";

/** How close to the bottom still counts as "reading the latest". */
const SLACK_PX = 64;

/**
 * Scrolling for a thread that grows at both ends. It opens at the bottom, or, once there is an
 * unread separator (`unreadShown`), with it near the top so the first unread message is in view; new messages keep it
 * there only if the agent was already at the bottom (otherwise `hasNew` offers a way down);
 * older pages added above keep what the agent is reading in place.
 */
export function useThreadScroll<T extends HTMLElement>(firstId: number | undefined, lastId: number | undefined, unreadShown = false) {
  const ref = useRef<T>(null);
  const pinned = useRef(true);
  // Distance from the top of the viewport to the end of the content, as last measured.
  const fromEnd = useRef(0);
  const previous = useRef<{ firstId?: number; lastId?: number }>({});
  const [hasNew, setHasNew] = useState(false);
  const anchored = useRef(false);

  const measure = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < SLACK_PX;
    fromEnd.current = el.scrollHeight - el.scrollTop;
  }, []);

  const onScroll = useCallback(() => {
    measure();
    if (pinned.current) setHasNew(false);
  }, [measure]);

  /** After the agent sends, or asks for the newest: to the bottom, and stay there. */
  const scrollToBottom = useCallback(() => {
    pinned.current = true;
    setHasNew(false);
    const el = ref.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, []);

  useLayoutEffect(() => {
    const el = ref.current;
    const before = previous.current;
    previous.current = { firstId, lastId };
    if (!el) return;
    const separator = unreadShown && !anchored.current ? el.querySelector("[data-unread-separator]") : null;
    if (separator) {
      // Once: after that the agent scrolls, and new messages behave as below.
      anchored.current = true;
      el.scrollTop += separator.getBoundingClientRect().top - el.getBoundingClientRect().top - 8;
    } else if (pinned.current) {
      el.scrollTop = el.scrollHeight;
    } else {
      if (firstId !== before.firstId) el.scrollTop = el.scrollHeight - fromEnd.current;
      if (lastId !== before.lastId && before.lastId !== undefined) setHasNew(true);
    }
    measure();
  }, [firstId, lastId, unreadShown, measure]);

  return { ref, onScroll, scrollToBottom, hasNew };
}
