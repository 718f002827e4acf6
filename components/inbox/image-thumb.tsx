"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useRef, useState } from "react";

// Not in the first load: the viewer's code arrives when an image is first opened.
const ImageViewer = lazy(() => import("./image-viewer"));

/** An image in a bubble: a lazy thumbnail that opens the full image in a viewer dialog. */
export function ImageThumb({ src, thumbSrc, name }: { src: string; thumbSrc: string | null; name: string | null }) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const t = useTranslations("thread.file");
  const label = name ?? t("image");

  function close() {
    setOpen(false);
    // Back where the agent was, also when the dialog was closed by Esc or a click outside.
    opener.current?.focus();
  }

  return (
    <>
      <button ref={opener} type="button" onClick={() => setOpen(true)} aria-label={t("openImage", { name: label })} className="block rounded-lg">
        {/* eslint-disable-next-line @next/next/no-img-element -- served by our own file route, already thumbnailed */}
        <img
          src={thumbSrc ?? src}
          alt={label}
          loading="lazy"
          width={240}
          height={180}
          className="h-auto max-h-60 w-60 max-w-full rounded-lg bg-black/10 object-cover"
        />
      </button>
      {open && (
        <Suspense fallback={null}>
          <ImageViewer src={src} name={label} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
