"use client";

import { useTranslations } from "next-intl";
import { durationParts, wallboardWaitLevel } from "./wallboard-rules";

/** "4 min 12 s", in the agent's language (the catalog's words, Intl's digits). */
export function useDuration() {
  const t = useTranslations("monitor.duration");
  return (seconds: number) => {
    const p = durationParts(seconds);
    if (p.hours > 0) return t("hours", { hours: p.hours, minutes: p.minutes });
    if (p.minutes > 0) return t("minutes", { minutes: p.minutes, seconds: p.seconds });
    return t("seconds", { seconds: p.seconds });
  };
}

const LEVEL_CLASS = {
  warn: "bg-amber-100 text-amber-900",
  alert: "bg-red-100 text-red-900 font-semibold",
} as const;

/**
 * The longest wait of a channel. Past the channel's thresholds it says so in words and with an
 * icon (a triangle for a warning, an octagon for an alert), not by colour alone.
 */
export function WaitCell({ seconds, warnMinutes, alertMinutes }: { seconds: number | null; warnMinutes: number; alertMinutes: number }) {
  const t = useTranslations("monitor.channels");
  const duration = useDuration();
  if (seconds === null) {
    return (
      <span className="text-gray-500">
        <span aria-hidden="true">—</span>
        <span className="sr-only">{t("nobodyWaiting")}</span>
      </span>
    );
  }
  const level = wallboardWaitLevel(seconds, warnMinutes, alertMinutes);
  if (level === "normal") return <span className="whitespace-nowrap tabular-nums">{duration(seconds)}</span>;
  const label = level === "alert" ? t("alert", { minutes: alertMinutes }) : t("warn", { minutes: warnMinutes });
  return (
    <span data-level={level} title={label} className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded-md px-2 py-0.5 tabular-nums ${LEVEL_CLASS[level]}`}>
      <LevelIcon level={level} />
      {duration(seconds)}
      <span className="sr-only">{label}</span>
    </span>
  );
}

function LevelIcon({ level }: { level: "warn" | "alert" }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-[1em] shrink-0" fill="currentColor">
      {level === "warn" ? (
        <path d="M8 1.5 15.5 14.5H.5L8 1.5Zm-.75 5v4h1.5v-4h-1.5Zm0 5v1.5h1.5V11.5h-1.5Z" />
      ) : (
        <path d="M5 .5h6L15.5 5v6L11 15.5H5L.5 11V5L5 .5Zm2.25 3.5v5h1.5V4h-1.5Zm0 6.5V12h1.5v-1.5h-1.5Z" />
      )}
    </svg>
  );
}
