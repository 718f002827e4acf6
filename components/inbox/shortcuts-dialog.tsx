"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { SHORTCUTS } from "./keyboard-map";

/** The shortcuts, in a modal dialog (Esc closes it, focus goes back where it was). */
export default function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const t = useTranslations("inbox.shortcuts");
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);
  return (
    <dialog ref={dialog} aria-labelledby="shortcuts-title" onClose={onClose} className="m-auto w-full max-w-sm rounded-xl bg-surface p-4 shadow-xl backdrop:bg-black/40">
      <h2 id="shortcuts-title" className="mb-3 text-base font-semibold text-gray-900">
        {t("title")}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {/* Ctrl/Cmd+K is not a single key: the palette's own listener handles it (command-palette-trigger). */}
        {[...SHORTCUTS, { keys: "Ctrl K", action: "palette" as const }].map((s) => (
          <div key={s.keys} className="contents">
            <dt>
              <kbd className="rounded border border-gray-300 bg-gray-50 px-1.5 py-0.5 font-mono text-xs text-gray-800">{s.keys}</kbd>
            </dt>
            <dd className="text-gray-700">{t(s.action)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" autoFocus onClick={() => dialog.current?.close()} className="mt-4 rounded-md px-3 py-1.5 text-sm font-medium text-brand-dark hover:bg-gray-100">
        {t("close")}
      </button>
    </dialog>
  );
}
