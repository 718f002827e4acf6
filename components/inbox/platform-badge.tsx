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

export function platformInfo(platform: string): PlatformInfo {
  const known = PLATFORMS[platform.toLowerCase().replace(/[^a-z]/g, "")];
  if (known) return known;
  const letters = platform.trim().slice(0, 2).toUpperCase() || "?";
  return { label: platform || "Unknown", letters, className: "bg-neutral-500" };
}

/** A coloured letter badge; decorative, since the platform's name is written next to it. */
export function PlatformBadge({ platform, className }: { platform: string; className?: string }) {
  const info = platformInfo(platform);
  return (
    <span
      aria-hidden="true"
      title={info.label}
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
