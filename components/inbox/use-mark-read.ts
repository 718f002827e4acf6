"use client";

import { useEffect, useLayoutEffect, useRef } from "react";
import type { ConversationView } from "@/lib/inbox/types";
import { useMarkReadMutation } from "./use-inbox-queries";
import { useDocumentVisible } from "./use-document-visible";

/** Messages arriving in a burst are marked read once, after it. */
const DEBOUNCE_MS = 300;

/**
 * Marks the open conversation read while the agent can see it: on opening, when new inbound
 * messages arrive, and when the tab comes back into view. Only this agent's marker moves.
 */
export function useMarkRead(conversationId: string, conversation: ConversationView | undefined): void {
  const visible = useDocumentVisible();
  const { mutate } = useMarkReadMutation(conversationId);
  // The inbound count last asked for: the same unread messages are not marked twice.
  const requested = useRef<number | null>(null);
  const pending = useRef<(() => void) | null>(null);
  const inbound = conversation && conversation.unreadCount > 0 && visible ? conversation.inboundCount : null;

  useEffect(() => {
    if (inbound === null || requested.current === inbound) return;
    const send = () => {
      pending.current = null;
      requested.current = inbound;
      mutate(undefined, {
        onError: () => {
          requested.current = null;
        },
      });
    };
    pending.current = send;
    const timer = setTimeout(send, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      if (pending.current === send) pending.current = null;
    };
  }, [inbound, mutate]);

  // Leaving the thread inside the debounce still counts: the messages were on screen. A layout
  // effect's cleanup runs before the timer's (a passive effect's) on unmount, so it sees it.
  useLayoutEffect(
    () => () => {
      pending.current?.();
    },
    [],
  );
}
