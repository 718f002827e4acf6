"use client";

import { useTranslations } from "next-intl";
import { countLabel } from "@/lib/format/unread";

/**
 * A count pill. The pill is for the eye; the words ("3 unread") are what a screen reader says as
 * part of the link's name, so the count is never only a colour or a shape.
 */
export function UnreadBadge({ count }: { count: number }) {
  const t = useTranslations("inbox");
  if (count <= 0) return null;
  return (
    <>
      <span
        aria-hidden="true"
        className="inline-flex min-w-5 shrink-0 items-center justify-center rounded-full bg-brand px-1.5 text-xs font-semibold leading-5 text-white"
      >
        {countLabel(count)}
      </span>
      <span className="sr-only">{t("unread", { count })}</span>
    </>
  );
}
