// Waiting time and WhatsApp's reply window, from the customer's latest message. Browser-safe;
// the words come from the calling component's translator (catalog "thread").
import type { Translate } from "@/lib/i18n/translator";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** WhatsApp lets a business answer freely for 24 hours after the customer's last message. */
export const REPLY_WINDOW_MS = 24 * HOUR;

export type WaitLevel = "normal" | "warn" | "alert";

/**
 * How long the customer has been waiting for a reply, in whole minutes: only while the latest
 * message is theirs (a reply ends the wait). Null when nobody is waiting.
 */
export function waitingMinutes(conversation: { lastMessage: { direction: string } | null; lastInboundAt: string | null }, now: number): number | null {
  if (conversation.lastMessage?.direction !== "inbound" || !conversation.lastInboundAt) return null;
  return Math.max(0, Math.floor((now - Date.parse(conversation.lastInboundAt)) / MINUTE));
}

export function waitLevel(minutes: number, thresholds: { warnMinutes: number; alertMinutes: number }): WaitLevel {
  if (minutes >= thresholds.alertMinutes) return "alert";
  if (minutes >= thresholds.warnMinutes) return "warn";
  return "normal";
}

/** "12 min", "3 h 5 min", "2 d 4 h" ("2 j 4 h" in French): short enough for a list row. */
export function formatDuration(minutes: number, t: Translate<"thread">): string {
  if (minutes < 60) return t("duration.minutes", { minutes: Math.max(minutes, 1) });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? t("duration.hoursMinutes", { hours, minutes: minutes % 60 }) : t("duration.hours", { hours });
  const days = Math.floor(hours / 24);
  return hours % 24 ? t("duration.daysHours", { days, hours: hours % 24 }) : t("duration.days", { days });
}

/** Time left to answer freely on WhatsApp (ms, 0 when closed); closed when the customer never wrote. */
export function replyWindowLeft(lastInboundAt: string | null, now: number): number {
  if (!lastInboundAt) return 0;
  return Math.max(0, Date.parse(lastInboundAt) + REPLY_WINDOW_MS - now);
}

/** "3 h left", "42 min left": rounded down, as a countdown reads. */
export function formatWindowLeft(ms: number, t: Translate<"thread">): string {
  const minutes = Math.floor(ms / MINUTE);
  return minutes >= 60 ? t("replyWindow.hoursLeft", { hours: Math.floor(minutes / 60) }) : t("replyWindow.minutesLeft", { minutes: Math.max(minutes, 1) });
}
