"use client";

import { useTranslations } from "next-intl";
import type { Presence } from "@/lib/teams/presence-state";

const COLOURS: Record<Presence, string> = { online: "bg-green-600", away: "bg-amber-500", offline: "bg-gray-400" };

/**
 * A presence as a dot with its word for assistive technology and on hover: never colour alone.
 * `decorative` where the word is written beside it anyway. Classes joined by hand, not with
 * `cn`: this ships in the inbox's first load, and tailwind-merge would cost 8 KB gzipped there.
 */
export function PresenceDot({ presence, label, decorative }: { presence: Presence; label?: string; decorative?: boolean }) {
  const t = useTranslations("common.presence");
  const className = `inline-block size-2.5 shrink-0 rounded-full ${COLOURS[presence]}`;
  if (decorative) return <span aria-hidden="true" className={className} />;
  const name = label ?? t(presence);
  return <span role="img" aria-label={name} title={name} className={className} />;
}
