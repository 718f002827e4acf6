"use client";

import { useTranslations } from "next-intl";
import { formatWindowLeft, replyWindowLeft } from "@/lib/format/waiting";
import { useNow } from "./use-now";

/**
 * WhatsApp only: how long the business may still answer freely, and a notice once the 24 hours
 * since the customer's last message are over. The composer stays usable: templates and the
 * provider's rules vary, so the provider decides.
 */
export function ReplyWindow({ platform, lastInboundAt }: { platform: string; lastInboundAt: string | null }) {
  const now = useNow();
  const t = useTranslations("thread");
  if (platform.toLowerCase() !== "whatsapp") return null;
  const left = replyWindowLeft(lastInboundAt, now);
  if (left > 0) {
    return (
      <p className="shrink-0 border-b border-gray-200 px-3 py-1 text-xs text-gray-600">
        {t("replyWindow.open", { left: formatWindowLeft(left, t) })}
      </p>
    );
  }
  return (
    <div role="note" className="shrink-0 border-b border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900">
      <p className="font-semibold">{t("replyWindow.closedTitle")}</p>
      <p>{t("replyWindow.closedText")}</p>
    </div>
  );
}
