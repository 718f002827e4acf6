"use client";

import type { Virtualizer } from "@tanstack/react-virtual";
import { useLayoutEffect, useRef, useState } from "react";

/** How close to the bottom still counts as "reading the latest". */
export const SLACK_PX = 64;

/**
 * Scrolling for a virtual thread that grows at both ends. It opens at the bottom, or, once there
 * is an unread separator (`unreadIndex` ≥ 0), with it at the top so the first unread message is in
 * view; new messages keep it at the bottom only if the agent was already there (otherwise `hasNew`
 * offers a way down). Older pages added above keep what the agent is reading in place: that is
 * the virtualizer's end anchoring (`anchorTo: "end"`), keyed by message id.
 */
export function useThreadScroll({
  virtualizer,
  scroller,
  virtual,
  lastKey,
  unreadIndex,
}: {
  virtualizer: Virtualizer<HTMLElement, HTMLLIElement>;
  scroller: React.RefObject<HTMLElement | null>;
  /** False until hydrated: the first HTML has no scroll position to manage. */
  virtual: boolean;
  /** The newest row's key: a change there is a new message. */
  lastKey: string | number | undefined;
  unreadIndex: number;
}) {
  const pinned = useRef(true);
  const positioned = useRef(false);
  const anchored = useRef(false);
  const previousLast = useRef(lastKey);
  const [hasNew, setHasNew] = useState(false);

  function onScroll() {
    const el = scroller.current;
    if (!el) return;
    pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < SLACK_PX;
    if (pinned.current) setHasNew(false);
  }

  /** After the agent sends, or asks for the newest: to the bottom, and stay there. */
  function scrollToBottom() {
    pinned.current = true;
    setHasNew(false);
    virtualizer.scrollToEnd();
  }

  useLayoutEffect(() => {
    if (!virtual) return;
    const before = previousLast.current;
    previousLast.current = lastKey;
    if (unreadIndex >= 0 && !anchored.current) {
      // Once: after that the agent scrolls, and new messages behave as below.
      anchored.current = positioned.current = true;
      virtualizer.scrollToIndex(unreadIndex, { align: "start" });
      const el = scroller.current;
      if (el) pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < SLACK_PX;
    } else if (!positioned.current) {
      positioned.current = true;
      virtualizer.scrollToEnd();
    } else if (lastKey !== before && before !== undefined) {
      if (pinned.current) virtualizer.scrollToEnd();
      else setHasNew(true);
    }
  }, [virtual, lastKey, unreadIndex, virtualizer, scroller]);

  return { onScroll, scrollToBottom, hasNew };
}
