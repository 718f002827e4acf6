import Link from "next/link";
import { cn } from "@/components/ui/cn";
import type { ConversationView } from "@/lib/inbox/types";
import { conversationPreview } from "@/lib/format/preview";
import { formatFullTime, formatListTime } from "@/lib/format/time";
import { LabelChips } from "./label-chips";
import { conversationHref } from "./route-params";
import { statusLabel } from "./status-label";
import { UnreadBadge } from "./unread-badge";

export function ConversationListItem({
  conversation,
  current,
  query = "",
  channelName,
}: {
  conversation: ConversationView;
  current: boolean;
  /** The list's view params, carried onto the link so the list keeps its view. */
  query?: string;
  /** Shown in the list across channels, where rows come from several. */
  channelName?: string;
}) {
  const last = conversation.lastMessage;
  const unread = conversation.unreadCount > 0;
  const href = conversationHref(conversation.channelId, conversation.id);
  return (
    <li>
      <Link
        href={query ? `${href}?${query}` : href}
        aria-current={current ? "page" : undefined}
        className={cn("flex flex-col gap-0.5 rounded-lg px-3 py-2.5", current ? "bg-brand-light" : "hover:bg-gray-100")}
      >
        <span className="flex items-baseline gap-2">
          <span className={cn("min-w-0 flex-1 truncate text-sm text-gray-900", unread ? "font-bold" : "font-medium")}>
            {conversation.contactName ?? conversation.destination}
          </span>
          {last && (
            <time
              dateTime={last.at}
              title={formatFullTime(last.at)}
              className={cn("shrink-0 text-xs", unread ? "font-semibold text-brand-dark" : "text-gray-600")}
            >
              {formatListTime(last.at)}
            </time>
          )}
        </span>
        <span className="flex items-center gap-2">
          <span
            className={cn(
              "min-w-0 flex-1 truncate text-sm",
              !last ? "italic text-gray-600" : unread ? "text-gray-900" : "text-gray-600",
            )}
          >
            {conversationPreview(last)}
          </span>
          <UnreadBadge count={conversation.unreadCount} />
        </span>
        <span className="flex min-w-0 items-center gap-2 text-xs text-gray-600">
          <span className="truncate">{conversation.assignee?.name ?? "Unassigned"}</span>
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
