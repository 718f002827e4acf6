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
  keys,
}: {
  /** Every row's key, oldest first. */
  keys: (string | number)[];
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
  // The message being read (the first one on screen; messages are keyed by their numeric id) and
  // how far below the top it was: an older page added above puts it back there. The virtualizer
  // anchors on whatever row sits at the scroll position, which at the very top is the paging row
  // itself, and a day separator moves up when older messages of its day arrive.
  const reading = useRef<{ key: string | number; offset: number } | null>(null);
  const firstMessage = keys.find((k) => typeof k === "number");
  const [hasNew, setHasNew] = useState(false);

  function onScroll() {
    const el = scroller.current;
    if (!el) return;
    pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < SLACK_PX;
    if (pinned.current) setHasNew(false);
    const row = virtualizer.getVirtualItems().find((item) => typeof item.key === "number" && item.end > el.scrollTop);
    reading.current = row ? { key: row.key as string | number, offset: row.start - el.scrollTop } : null;
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

  useLayoutEffect(() => {
    const el = scroller.current;
    const at = reading.current;
    if (!virtual || !el || !at) return;
    const index = keys.indexOf(at.key);
    // getOffsetForIndex measures from the list as now rendered; "start" subtracts the scroll padding.
    const found = index >= 0 ? virtualizer.getOffsetForIndex(index, "start") : undefined;
    if (!found) return;
    const target = found[0] + virtualizer.options.scrollPaddingStart - at.offset;
    // Straight to the element, as a scroll the virtualizer then follows, not a command it may queue.
    if (Math.abs(el.scrollTop - target) > 1) el.scrollTo({ top: target });
    // Only when older rows arrived: keys is read for the position, not as a trigger.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [firstMessage, virtual, virtualizer, scroller]);

  return { onScroll, scrollToBottom, hasNew };
}
