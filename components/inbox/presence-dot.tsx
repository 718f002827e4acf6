"use client";

import { useTranslations } from "next-intl";
import type { Presence } from "@/lib/teams/presence-state";
import { cn } from "@/components/ui/cn";

const COLOURS: Record<Presence, string> = { online: "bg-green-600", away: "bg-amber-500", offline: "bg-gray-400" };

const DOT = "inline-block size-2.5 shrink-0 rounded-full";

/**
 * A presence as a dot with its word for assistive technology and on hover: never colour alone.
 * `decorative` where the word is written beside it anyway.
 */
export function PresenceDot({ presence, label, className, decorative }: { presence: Presence; label?: string; className?: string; decorative?: boolean }) {
  const t = useTranslations("common.presence");
  if (decorative) return <span aria-hidden="true" className={cn(DOT, COLOURS[presence], className)} />;
  const name = label ?? t(presence);
  return <span role="img" aria-label={name} title={name} className={cn(DOT, COLOURS[presence], className)} />;
}
