import { useTranslations } from "next-intl";
import type { MessageView } from "@/lib/inbox/types";
import { formatMessageTime } from "@/lib/format/time";
import { LocalTime } from "./local-time";
import { MessageText } from "./message-text";

/** An internal note: amber, labelled, its author named on the first of a run; the contact never sees it. Text is rendered as text. */
export function NoteBubble({ message, sender, first }: { message: MessageView; sender: string | null; first: boolean }) {
  const t = useTranslations("thread.note");
  return (
    <div data-message-id={message.id} className="flex justify-end data-landed:rounded-lg data-landed:outline-2 data-landed:outline-offset-4 data-landed:outline-amber-400">
      <div
        role="note"
        aria-label={message.sentBy ? t("by", { name: message.sentBy.name }) : t("byFormerAgent")}
        className="flex min-w-0 max-w-[85%] flex-col gap-1 rounded-2xl rounded-br-sm border border-amber-300 bg-amber-50 px-3 py-2 text-gray-900 md:max-w-[70%]"
      >
        <p className="flex flex-wrap items-center gap-1.5 text-[0.7rem] font-medium text-amber-900">
          <span className="rounded bg-amber-200 px-1.5 py-px uppercase tracking-wide">{t("label")}</span>
          {first && <span data-sender>{sender}</span>}
        </p>
        <MessageText text={message.text} outbound={false} />
        <p className="text-right text-[0.7rem] text-amber-800">
          <LocalTime at={message.at} format={formatMessageTime} />
        </p>
      </div>
    </div>
  );
}
