"use client";

import { useEffect, useRef, useState } from "react";
import type { MessageView } from "@/lib/inbox/types";
import { useSignedInAgent } from "./signed-in-agent";

const EXCERPT_MAX = 140;

/**
 * Words a screen reader says for messages that arrived in the open thread: the customer's (or a
 * teammate's) newest text, cut short. The agent's own replies are not news to them.
 */
export function announcementFor(fresh: readonly MessageView[], customer: string, myId: string | null): string {
  const others = fresh.filter((m) => m.id > 0 && m.sentBy?.id !== myId);
  const latest = others.at(-1);
  if (!latest) return "";
  const who = latest.direction === "inbound" ? customer : (latest.sentBy?.name ?? "Operator");
  const body = latest.text.trim() || (latest.file ? "a file" : "");
  const excerpt = body.length > EXCERPT_MAX ? `${body.slice(0, EXCERPT_MAX - 1)}…` : body;
  const lead = others.length === 1 ? `New message from ${who}` : `${others.length} new messages. Latest from ${who}`;
  return excerpt ? `${lead}: ${excerpt}` : lead;
}

/**
 * A polite live region for the open thread, apart from the (virtualised) message list: it
 * speaks only for messages newer than those there when the thread opened, never for older pages
 * loaded by scrolling up.
 */
export function NewMessageAnnouncer({ messages, customer }: { messages: readonly MessageView[]; customer: string }) {
  const me = useSignedInAgent();
  const [text, setText] = useState("");
  const newestSeen = useRef<number | null>(null);
  const newestId = messages.reduce((max, m) => Math.max(max, m.id), 0);

  useEffect(() => {
    const seen = newestSeen.current;
    newestSeen.current = Math.max(seen ?? 0, newestId);
    // The first render is the thread opening: what is already there is not news.
    if (seen === null || newestId <= seen) return;
    const said = announcementFor(
      messages.filter((m) => m.id > seen),
      customer,
      me?.id ?? null,
    );
    if (said) setText(said);
  }, [newestId, messages, customer, me]);

  return (
    <div aria-live="polite" aria-atomic="true" className="sr-only">
      {text}
    </div>
  );
}
