"use client";

import { useTranslations } from "next-intl";
import { cx } from "@/components/ui/cx";

interface PlatformInfo {
  label: string;
  letters: string;
  className: string;
}

const PLATFORMS: Record<string, PlatformInfo> = {
  whatsapp: { label: "WhatsApp", letters: "WA", className: "bg-emerald-700" },
  telegram: { label: "Telegram", letters: "TG", className: "bg-cyan-700" },
  webchat: { label: "Web chat", letters: "WC", className: "bg-violet-600" },
  operator: { label: "Operator", letters: "OP", className: "bg-neutral-600" },
};

const platformKey = (platform: string) => platform.toLowerCase().replace(/[^a-z]/g, "");

export function platformInfo(platform: string): PlatformInfo {
  const known = PLATFORMS[platformKey(platform)];
  if (known) return known;
  const letters = platform.trim().slice(0, 2).toUpperCase() || "?";
  return { label: platform || "Unknown", letters, className: "bg-neutral-500" };
}

/**
 * A platform's name in the agent's language: "Web chat" and "Operator" are words, product names
 * (WhatsApp, Telegram) and unknown platforms' own names stay as they are.
 */
export function usePlatformLabel(): (platform: string) => string {
  const t = useTranslations("inbox.platform");
  return (platform) => {
    const key = platformKey(platform);
    if (key === "webchat" || key === "operator") return t(key);
    return platform ? platformInfo(platform).label : t("unknown");
  };
}

/** A coloured letter badge; decorative, since the platform's name is written next to it. */
export function PlatformBadge({ platform, className }: { platform: string; className?: string }) {
  const info = platformInfo(platform);
  const label = usePlatformLabel()(platform);
  return (
    <span
      aria-hidden="true"
      title={label}
      className={cx(
        "inline-flex size-8 shrink-0 items-center justify-center rounded-full text-[0.65rem] font-bold tracking-wide text-white",
        info.className,
        className,
      )}
    >
      {info.letters}
    </span>
  );
}
