"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/** "Copy number": the customer's number in international form, for a phone or another tool. */
export function CopyNumber({ e164 }: { e164: string }) {
  const t = useTranslations("inbox.copyNumber");
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <button
      type="button"
      title={e164}
      onClick={() => navigator.clipboard.writeText(e164).then(() => setState("copied"), () => setState("failed"))}
      className="shrink-0 rounded-md px-2 py-1 text-xs font-medium text-brand-dark hover:bg-gray-100"
    >
      <span aria-live="polite">{t(state === "idle" ? "copy" : state)}</span>
    </button>
  );
}
