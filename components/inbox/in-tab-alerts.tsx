"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { AlertMode } from "@/lib/validation/alerts";
import { shouldAlert } from "./alert-rules";
import { useLive } from "./live-events-provider";
import { decodeParam, conversationHref } from "./route-params";
import { useChannels } from "./use-inbox-queries";

interface Notice {
  key: number;
  channelId: string;
  conversationId: string;
  isNew: boolean;
}

const SHOW_MS = 10_000;
const MAX_NOTICES = 3;

/**
 * Small notices ("New message · WhatsApp Support", with "Open") and a chime when a customer writes
 * outside the open thread, per the agent's setting: all messages, new conversations only, or off.
 */
export function InTabAlerts({ alertMode }: { alertMode: AlertMode }) {
  const t = useTranslations("inbox.alerts");
  const live = useLive();
  const params = useParams<{ conversationId?: string }>();
  const open = decodeParam(params.conversationId) ?? null;
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  }, [open]);
  const channels = useChannels().data?.channels;
  const [notices, setNotices] = useState<Notice[]>([]);
  const next = useRef(0);

  useEffect(
    () =>
      live.subscribe((event) => {
        if (!shouldAlert(event, alertMode, openRef.current)) return;
        const notice = { key: next.current++, channelId: event.channelId, conversationId: event.conversationId, isNew: event.conversationInboundCount === 1 };
        setNotices((list) => [...list.filter((n) => n.conversationId !== notice.conversationId), notice].slice(-MAX_NOTICES));
        setTimeout(() => setNotices((list) => list.filter((n) => n.key !== notice.key)), SHOW_MS);
        // The chime's code loads with the first alert, not with the inbox.
        void import("./alert-sound").then((sound) => sound.playAlertSound());
      }),
    [live, alertMode],
  );

  const dismiss = (key: number) => setNotices((list) => list.filter((n) => n.key !== key));
  // Phones: over the header; wider screens: bottom left, over the channel list, clear of the composer.
  return (
    <div aria-live="polite" className="pointer-events-none fixed inset-x-2 top-2 z-40 flex flex-col items-start gap-2 sm:inset-x-auto sm:top-auto sm:bottom-4 sm:left-4">
      {notices.map((n) => (
        <div key={n.key} role="status" className="pointer-events-auto flex w-full max-w-sm items-center gap-3 rounded-lg border border-gray-200 bg-surface px-3 py-2 text-sm shadow-lg">
          <p className="min-w-0 flex-1">
            <span className="block truncate font-medium text-gray-900">{t("newMessage", { channel: channels?.find((c) => c.id === n.channelId)?.name ?? t("someChannel") })}</span>
            {n.isNew && <span className="block text-xs text-gray-500">{t("newConversation")}</span>}
          </p>
          <Link href={conversationHref(n.channelId, n.conversationId)} onClick={() => dismiss(n.key)} className="rounded-md px-2 py-1 font-medium text-brand-dark hover:bg-gray-100">
            {t("open")}
          </Link>
          <button type="button" onClick={() => dismiss(n.key)} aria-label={t("dismiss")} className="rounded-md px-2 py-1 text-gray-500 hover:bg-gray-100">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
