import Link from "next/link";
import { cn } from "@/components/ui/cn";
import type { ConversationView } from "@/lib/inbox/types";
import { conversationPreview } from "@/lib/format/preview";
import { formatFullTime, formatListTime } from "@/lib/format/time";
import { conversationHref } from "./route-params";
import { UnreadBadge } from "./unread-badge";

export function ConversationListItem({ conversation, current }: { conversation: ConversationView; current: boolean }) {
  const last = conversation.lastMessage;
  const unread = conversation.unreadCount > 0;
  return (
    <li>
      <Link
        href={conversationHref(conversation.channelId, conversation.id)}
        aria-current={current ? "page" : undefined}
        className={cn(
          "flex flex-col gap-0.5 rounded-lg px-3 py-2.5",
          current ? "bg-brand-light" : "hover:bg-gray-100",
        )}
      >
        <span className="flex items-baseline gap-2">
          <span
            className={cn("min-w-0 flex-1 truncate text-sm text-gray-900", unread ? "font-bold" : "font-medium")}
          >
            {conversation.destination}
          </span>
          {last && (
            <time
              dateTime={last.at}
              title={formatFullTime(last.at)}
              className={cn("shrink-0 text-xs", unread ? "font-semibold text-brand-dark" : "text-gray-500")}
            >
              {formatListTime(last.at)}
            </time>
          )}
        </span>
        <span className="flex items-center gap-2">
          <span
            className={cn(
              "min-w-0 flex-1 truncate text-sm",
              !last ? "italic text-gray-400" : unread ? "text-gray-900" : "text-gray-600",
            )}
          >
            {conversationPreview(last)}
          </span>
          <UnreadBadge count={conversation.unreadCount} />
        </span>
      </Link>
    </li>
  );
}
