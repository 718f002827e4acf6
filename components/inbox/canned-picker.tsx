"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { cn } from "@/components/ui/cn";
import type { CannedReplyView } from "@/lib/teams/canned-replies";
import { fillVariables, type ReplyVariables } from "@/lib/teams/fill-variables";
import { filterCanned, slashQuery } from "./canned-filter";
import { useSignedInAgent } from "./signed-in-agent";
import { useThread } from "./use-inbox-queries";
import { useCannedReplies, useContact } from "./use-team-queries";

/** What a canned reply's variables become in this conversation (from caches the thread already fills). */
export function useReplyVariables(conversationId: string): ReplyVariables {
  const newest = useThread(conversationId).data?.pages[0];
  const contact = useContact(conversationId).data?.contact;
  const agent = useSignedInAgent();
  return {
    contactName: contact?.name ?? newest?.conversation.destination ?? "",
    agentName: agent?.name ?? "",
    channelName: newest?.channel.name ?? "",
  };
}

/**
 * The "/" picker of the composer: open while the box holds only `/query` (and Escape was not
 * pressed for it). The composer hands it the box's keys first; picking puts the reply's text,
 * variables filled in, in place of the query.
 */
export function useCannedPicker(text: string, vars: ReplyVariables) {
  const query = slashQuery(text);
  const replies = useCannedReplies();
  const [active, setActive] = useState(0);
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  const listboxId = useId();
  const options = query === null ? [] : filterCanned(replies.data?.cannedReplies ?? [], query);
  const open = query !== null && dismissedFor !== text;
  // A reply an admin added while this page was open shows as soon as "/" is typed again.
  const typingSlash = query !== null;
  const { refetch } = replies;
  useEffect(() => {
    if (typingSlash) void refetch();
  }, [typingSlash, refetch]);
  const current = Math.min(active, Math.max(options.length - 1, 0));

  const pick = (reply: CannedReplyView, onPick: (filled: string) => void) => {
    setActive(0);
    onPick(fillVariables(reply.body, vars));
  };

  /** True when the key was the picker's (the composer then does nothing else with it). */
  function onKeyDown(event: React.KeyboardEvent, onPick: (filled: string) => void): boolean {
    if (!open) return false;
    if (event.key === "Escape") {
      setDismissedFor(text);
      return true;
    }
    if (options.length === 0) return false;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current + step + options.length) % options.length);
      return true;
    }
    if ((event.key === "Enter" && !event.shiftKey) || event.key === "Tab") {
      pick(options[current], onPick);
      return true;
    }
    return false;
  }

  const optionId = (i: number) => `${listboxId}-${i}`;
  const listProps = { id: listboxId, loading: replies.isPending, failed: replies.isError, options, active: current, optionId, onHover: setActive };
  return { open, listProps, pick, onKeyDown, listboxId, activeId: open && options.length > 0 ? optionId(current) : undefined, resetActive: () => setActive(0) };
}

export function CannedList({
  id,
  loading,
  failed,
  options,
  active,
  optionId,
  onHover,
  onPick,
}: {
  id: string;
  loading: boolean;
  failed: boolean;
  options: CannedReplyView[];
  active: number;
  optionId: (i: number) => string;
  onHover: (i: number) => void;
  onPick: (reply: CannedReplyView) => void;
}) {
  const t = useTranslations("composer.canned");
  if (options.length === 0) {
    return (
      <p role="status" className="mb-2 rounded-md border border-gray-200 bg-gray-50 px-3 py-2 text-sm text-gray-600">
        {loading ? t("loading") : failed ? t("failed") : t("noMatch")}
      </p>
    );
  }
  return (
    <ul id={id} role="listbox" aria-label={t("label")} className="mb-2 max-h-64 overflow-y-auto rounded-lg border border-gray-200 bg-surface py-1 shadow-md">
      {options.map((reply, i) => (
        <li
          key={reply.id}
          id={optionId(i)}
          role="option"
          aria-selected={i === active}
          // mousedown, not click: the message box keeps focus.
          onMouseDown={(event) => {
            event.preventDefault();
            onPick(reply);
          }}
          onMouseEnter={() => onHover(i)}
          className={cn("cursor-pointer px-3 py-1.5 text-sm", i === active ? "bg-brand/10" : "hover:bg-gray-50")}
        >
          <span className="font-medium text-gray-900">/{reply.shortcut}</span>
          <span className="ml-2 text-gray-600">{reply.body.length > 80 ? `${reply.body.slice(0, 79)}…` : reply.body}</span>
        </li>
      ))}
    </ul>
  );
}
