import Link from "next/link";
import { cn } from "@/components/ui/cn";
import type { ConversationView } from "@/lib/inbox/types";
import { conversationPreview } from "@/lib/format/preview";
import { formatFullTime, formatListTime } from "@/lib/format/time";
import { conversationHref } from "./route-params";

export function ConversationListItem({ conversation, current }: { conversation: ConversationView; current: boolean }) {
  const last = conversation.lastMessage;
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
          <span className="min-w-0 flex-1 truncate text-sm font-medium text-gray-900">{conversation.destination}</span>
          {last && (
            <time dateTime={last.at} title={formatFullTime(last.at)} className="shrink-0 text-xs text-gray-500">
              {formatListTime(last.at)}
            </time>
          )}
        </span>
        <span className={cn("truncate text-sm", last ? "text-gray-600" : "italic text-gray-400")}>
          {conversationPreview(last)}
        </span>
      </Link>
    </li>
  );
}
