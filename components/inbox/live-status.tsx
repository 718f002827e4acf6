"use client";

import { useTranslations } from "next-intl";
import { useLive } from "./live-events-provider";

/**
 * The live connection's state, only when it matters: a quiet dot while live, words while down
 * (the views poll meanwhile, so updates are late rather than lost).
 */
export function LiveStatus() {
  const { state } = useLive();
  const t = useTranslations("inbox.live");
  return (
    <div role="status" className="flex min-w-0 items-center">
      {state === "down" ? (
        <p className="flex items-center gap-1.5 truncate rounded-full bg-amber-50 px-2.5 py-1 text-xs font-medium text-amber-900">
          <span aria-hidden="true" className="size-2 shrink-0 rounded-full bg-amber-500" />
          {t("reconnecting")}
        </p>
      ) : state === "live" ? (
        <span role="img" aria-label={t("on")} title={t("on")} className="size-2 rounded-full bg-green-500" />
      ) : null}
    </div>
  );
}
