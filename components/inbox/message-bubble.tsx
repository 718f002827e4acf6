import { cn } from "@/components/ui/cn";
import type { MessageView } from "@/lib/inbox/types";
import { describeStatus } from "@/lib/format/message-status";
import { formatFullTime, formatMessageTime } from "@/lib/format/time";

export function MessageBubble({ message }: { message: MessageView }) {
  const outbound = message.direction === "outbound";
  const status = outbound ? describeStatus(message.status) : null;
  return (
    <li className={cn("flex", outbound ? "justify-end" : "justify-start")}>
      <div
        className={cn(
          "flex min-w-0 max-w-[85%] flex-col gap-1 rounded-2xl px-3 py-2 md:max-w-[70%]",
          outbound ? "rounded-br-sm bg-brand text-white" : "rounded-bl-sm bg-gray-100 text-gray-900",
        )}
      >
        <span className="sr-only">{outbound ? "You:" : "Customer:"}</span>
        {/* Text, never HTML: React escapes it; line breaks are kept and long words wrap. */}
        <p className="whitespace-pre-wrap break-words [overflow-wrap:anywhere]">{message.text}</p>
        <p className={cn("flex justify-end gap-1.5 text-[0.7rem]", outbound ? "text-white/80" : "text-gray-500")}>
          <time dateTime={message.at} title={formatFullTime(message.at)}>
            {formatMessageTime(message.at)}
          </time>
          {status && (
            <>
              <span aria-hidden="true">·</span>
              <span className={status.known ? undefined : "italic"}>{status.label}</span>
            </>
          )}
        </p>
      </div>
    </li>
  );
}
