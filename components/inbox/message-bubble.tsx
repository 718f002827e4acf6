import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { MessageView } from "@/lib/inbox/types";
import { describeDelivery } from "@/lib/format/delivery";
import { formatMessageTime } from "@/lib/format/time";
import { LocalTime } from "./local-time";
import { MessageFile } from "./message-file";
import { MessageText } from "./message-text";

export function MessageBubble({
  message,
  onRetry,
  retrying = false,
  sender,
  first,
}: {
  message: MessageView;
  /** Who wrote it, as shown ("You", a teammate, the contact); null = not known. */
  sender: string | null;
  /** First of a run by this sender: the name shows; later ones carry it for screen readers only. */
  first: boolean;
  onRetry?: (messageId: number) => void;
  retrying?: boolean;
}) {
  const outbound = message.direction === "outbound";
  const t = useTranslations("thread");
  const delivery = describeDelivery(message, t);
  const failed = delivery?.tone === "failed";
  // A file sent without a caption may carry its own URL as text: the file already shows it.
  const caption = message.file && message.text.trim() === message.file.url ? "" : message.text;
  return (
    <div data-message-id={message.id} className={cn("flex data-landed:rounded-lg data-landed:outline-2 data-landed:outline-offset-4 data-landed:outline-amber-400", outbound ? "justify-end" : "justify-start")}>
      <div
        className={cn(
          "flex min-w-0 max-w-[85%] flex-col gap-1 rounded-2xl px-3 py-2 md:max-w-[70%]",
          outbound ? "rounded-br-sm text-white" : "rounded-bl-sm bg-gray-100 text-gray-900",
          outbound && (failed ? "bg-danger" : "bg-brand"),
          delivery?.tone === "sending" && "opacity-80",
        )}
      >
        {sender &&
          (first ? (
            <p data-sender className={cn("text-[0.7rem] font-medium", outbound ? "text-white" : "text-gray-600")}>
              {sender}
            </p>
          ) : (
            <span className="sr-only">{sender}:</span>
          ))}
        {message.file && <MessageFile file={message.file} outbound={outbound} />}
        <MessageText text={caption} outbound={outbound} />
        <p className={cn("flex flex-wrap items-center justify-end gap-1.5 text-[0.7rem]", outbound ? "text-white" : "text-gray-600")}>
          <LocalTime at={message.at} format={formatMessageTime} />
          {delivery && (
            <>
              <span aria-hidden="true">·</span>
              <span className={cn(delivery.tone === "status" && !delivery.known && "italic", failed && "font-semibold text-white")}>
                {delivery.label}
              </span>
            </>
          )}
        </p>
        {delivery?.tone === "failed" && (
          <div role="alert" className="flex flex-wrap items-center justify-end gap-2 text-sm text-white">
            <span>
              {delivery.error}
              {delivery.code && <span className="ml-1 whitespace-nowrap text-xs text-white">{t("delivery.code", { code: delivery.code })}</span>}
            </span>
            {onRetry && message.id > 0 && (
              <button
                type="button"
                onClick={() => onRetry(message.id)}
                disabled={retrying}
                className="rounded-md bg-surface px-2 py-0.5 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
              >
                {t("delivery.retry")}
              </button>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
