"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { MessageView } from "@/lib/inbox/types";
import type { Translate } from "@/lib/i18n/translator";
import { useSignedInAgent } from "./signed-in-agent";

const EXCERPT_MAX = 140;

/**
 * Words a screen reader says for messages that arrived in the open thread: the customer's (or a
 * teammate's) newest text, cut short, in the agent's language. The agent's own replies are not news to them.
 */
export function announcementFor(fresh: readonly MessageView[], customer: string, myId: string | null, t: Translate<"thread.announce">): string {
  const others = fresh.filter((m) => m.id > 0 && m.sentBy?.id !== myId);
  const latest = others.at(-1);
  if (!latest) return "";
  const who = latest.direction === "inbound" ? customer : (latest.sentBy?.name ?? t("operator"));
  const body = latest.text.trim() || (latest.file ? t("aFile") : "");
  const excerpt = body.length > EXCERPT_MAX ? `${body.slice(0, EXCERPT_MAX - 1)}…` : body;
  const lead = t("lead", { count: others.length, who });
  return excerpt ? t("withExcerpt", { lead, excerpt }) : lead;
}

/**
 * A polite live region for the open thread, apart from the (virtualised) message list: it
 * speaks only for messages newer than those there when the thread opened, never for older pages
 * loaded by scrolling up.
 */
export function NewMessageAnnouncer({ messages, customer }: { messages: readonly MessageView[]; customer: string }) {
  const me = useSignedInAgent();
  const t = useTranslations("thread.announce");
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
      t,
    );
    if (said) setText(said);
  }, [newestId, messages, customer, me, t]);

  return (
    <div aria-live="polite" aria-atomic="true" className="sr-only">
      {text}
    </div>
  );
}
