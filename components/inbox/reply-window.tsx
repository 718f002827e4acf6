"use client";

import { formatWindowLeft, replyWindowLeft } from "@/lib/format/waiting";
import { useNow } from "./use-now";

/**
 * WhatsApp only: how long the business may still answer freely, and a notice once the 24 hours
 * since the customer's last message are over. The composer stays usable: templates and the
 * provider's rules vary, so the provider decides.
 */
export function ReplyWindow({ platform, lastInboundAt }: { platform: string; lastInboundAt: string | null }) {
  const now = useNow();
  if (platform.toLowerCase() !== "whatsapp") return null;
  const left = replyWindowLeft(lastInboundAt, now);
  if (left > 0) {
    return (
      <p className="shrink-0 border-b border-gray-200 px-3 py-1 text-xs text-gray-600">
        Reply window: {formatWindowLeft(left)}
      </p>
    );
  }
  return (
    <div role="note" className="shrink-0 border-b border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900">
      <p className="font-semibold">24-hour window closed</p>
      <p>
        WhatsApp lets a business reply freely for 24 hours after the customer&apos;s last message. The provider may refuse this reply; an approved template, or
        waiting for the customer to write again, reopens the conversation.
      </p>
    </div>
  );
}
