"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { memo } from "react";
import { cn } from "@/components/ui/cn";
import type { ConversationView } from "@/lib/inbox/types";
import { conversationPreview, type PreviewWords } from "@/lib/format/preview";
import { formatListTime } from "@/lib/format/time";
import { LabelChips } from "./label-chips";
import { LocalTime } from "./local-time";
import { useSignedInAgent } from "./signed-in-agent";
import { conversationHref } from "./route-params";
import { conversationTitle } from "./conversation-title";
import { DraftPreview } from "./draft-preview";
import { useStatusLabel } from "./status-label";
import { UnreadBadge } from "./unread-badge";
import { samePlacement, type RowPlacement } from "./use-virtual-rows";
import { WaitingTime } from "./waiting-time";

/** The preview line's words in the agent's language. */
function usePreviewWords(): PreviewWords {
  const t = useTranslations("inbox.preview");
  return { none: t("none"), empty: t("empty"), byYou: (values) => t("byYou", values), byTeammate: (values) => t("byTeammate", values) };
}

interface ConversationListItemProps {
  /** Placement in the virtual list (position, measuring ref). */
  row?: RowPlacement;
  conversation: ConversationView;
  current: boolean;
  /** The list's view params, carried onto the link so the list keeps its view. */
  query?: string;
  /** Shown in the list across channels, where rows come from several. */
  channelName?: string;
}

/**
 * Memoised: opening a conversation re-renders the list (the open row changes) and every
 * measurement of the virtual list does too; only the rows whose data or place changed render.
 */
export const ConversationListItem = memo(
  ConversationListItemRow,
  (a: ConversationListItemProps, b: ConversationListItemProps) =>
    a.conversation === b.conversation && a.current === b.current && a.query === b.query && a.channelName === b.channelName && samePlacement(a.row, b.row),
);

function ConversationListItemRow({ conversation, current, query = "", channelName, row }: ConversationListItemProps) {
  const t = useTranslations("inbox.row");
  const statusLabel = useStatusLabel();
  const previewWords = usePreviewWords();
  const last = conversation.lastMessage;
  const selfId = useSignedInAgent()?.id ?? null;
  const unread = conversation.unreadCount > 0;
  const href = conversationHref(conversation.channelId, conversation.id);
  return (
    <li {...row} className="px-2 pb-0.5">
      <Link
        href={query ? `${href}?${query}` : href}
        aria-current={current ? "page" : undefined}
        data-destination={conversation.destination}
        // The row j and k move through (keyboard-shortcuts.tsx), whatever the list's name in this language.
        data-conversation-row
        className={cn("flex flex-col gap-0.5 rounded-lg px-3 py-2.5", current ? "bg-brand-light" : "hover:bg-gray-100")}
      >
        <span className="flex items-baseline gap-2">
          <span className={cn("min-w-0 flex-1 truncate text-sm text-gray-900", unread ? "font-bold" : "font-medium")}>
            {conversationTitle(conversation)}
          </span>
          {last && (
            <LocalTime
              at={last.at}
              format={formatListTime}
              className={cn("shrink-0 text-xs", unread ? "font-semibold text-brand-dark" : "text-gray-600")}
            />
          )}
        </span>
        <span className="flex items-center gap-2">
          <span
            className={cn(
              "min-w-0 flex-1 truncate text-sm",
              !last ? "italic text-gray-600" : unread ? "text-gray-900" : "text-gray-600",
            )}
          >
            <DraftPreview conversationId={conversation.id}>{conversationPreview(previewWords, last, selfId)}</DraftPreview>
          </span>
          <UnreadBadge count={conversation.unreadCount} />
        </span>
        <span className="flex min-w-0 items-center gap-2 text-xs text-gray-600">
          <WaitingTime conversation={conversation} />
          <span className="truncate">{conversation.assignee?.name ?? t("unassigned")}</span>
          {conversation.status !== "open" && (
            <span className="shrink-0 rounded bg-gray-100 px-1 text-gray-700">{statusLabel(conversation.status)}</span>
          )}
          {channelName && <span className="truncate">· {channelName}</span>}
        </span>
        <LabelChips labels={conversation.labels} />
      </Link>
    </li>
  );
}
