"use client";

import { useEffect } from "react";
import { totalUnread } from "@/lib/format/unread";
import { applyFavicon, applyTitle } from "./document-badge";
import { useChannels } from "./use-inbox-queries";

/** Keeps the page title and favicon on the agent's unread total across every channel. */
export function UnreadDocumentBadge() {
  const channels = useChannels();
  const total = channels.data ? totalUnread(channels.data.channels) : null;

  useEffect(() => {
    if (total === null) return;
    const apply = () => {
      applyTitle(total);
      applyFavicon(total);
    };
    apply();
    // Navigation can render Next's own <title> and icon again: put the count back.
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true, attributeFilter: ["href"] });
    return () => {
      observer.disconnect();
      applyTitle(0);
      applyFavicon(0);
    };
  }, [total]);

  return null;
}
