"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

/**
 * The full image in a modal dialog, loaded on demand (only when an image is opened). The native
 * <dialog> gives Esc, the backdrop and the focus trap; closing hands focus back to the opener.
 */
export default function ImageViewer({ src, name, onClose }: { src: string; name: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const t = useTranslations("thread.file");

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-label={name}
      onClose={onClose}
      onClick={(e) => e.target === dialog.current && dialog.current?.close()}
      className="m-auto max-h-[92dvh] max-w-[96vw] rounded-xl bg-surface p-0 shadow-xl backdrop:bg-black/70"
    >
      <div className="flex items-center gap-2 border-b border-gray-200 px-3 py-2">
        <p className="min-w-0 flex-1 truncate text-sm font-medium text-gray-900">{name}</p>
        <a href={src} download={name} className="rounded-md px-2 py-1 text-sm font-medium text-brand-dark hover:bg-gray-100">
          {t("download")}
        </a>
        <button type="button" autoFocus onClick={() => dialog.current?.close()} className="rounded-md px-2 py-1 text-sm text-gray-700 hover:bg-gray-100">
          {t("close")}
        </button>
      </div>
      {/* eslint-disable-next-line @next/next/no-img-element -- our own file route, shown at its size */}
      <img src={src} alt={name} className="block max-h-[calc(92dvh-3rem)] max-w-full object-contain" />
    </dialog>
  );
}
