"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Served from public/ (a copy of emoji-picker-element-data's English emojibase data): the picker
 * would fetch it from a CDN by default, which the CSP (connect-src 'self') and offline installs
 * do not allow. `tests/unit/emoji-data.test.ts` keeps the copy equal to the package's.
 */
export const EMOJI_DATA_URL = "/emoji/data.json";

/** How long to wait for the picker's search box to render before giving up on focusing it. */
const FOCUS_FRAMES = 30;

/**
 * The emoji picker (emoji-picker-element, a web component with search and keyboard navigation).
 * Imported only when opened, so the inbox's first load carries none of it. Esc closes.
 */
export function EmojiPanel({ onPick, onClose }: { onPick: (emoji: string) => void; onClose: () => void }) {
  const host = useRef<HTMLDivElement>(null);
  const onPickRef = useRef(onPick);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    onPickRef.current = onPick;
  });

  useEffect(() => {
    let cancelled = false;
    let picker: HTMLElement | null = null;
    let frame = 0;
    import("emoji-picker-element").then(
      ({ Picker }) => {
        if (cancelled || !host.current) return;
        const created = new Picker({ dataSource: EMOJI_DATA_URL, locale: "en" });
        created.addEventListener("emoji-click", (event) => {
          if (event.detail.unicode) onPickRef.current(event.detail.unicode);
        });
        created.style.width = "100%";
        host.current.appendChild(created);
        picker = created;
        // The search box renders a frame or two after the element connects.
        let tries = 0;
        const focusSearch = () => {
          const search = created.shadowRoot?.querySelector<HTMLInputElement>("#search");
          if (search) return search.focus();
          if (++tries < FOCUS_FRAMES) frame = requestAnimationFrame(focusSearch);
        };
        focusSearch();
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      picker?.remove();
    };
  }, []);

  return (
    <div
      ref={host}
      role="dialog"
      aria-label="Emoji"
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
      className="absolute bottom-full left-2 z-30 mb-1 w-[min(22rem,calc(100vw-1rem))] overflow-hidden rounded-lg border border-gray-200 bg-white shadow-lg"
    >
      {failed && (
        <p role="alert" className="p-3 text-sm text-red-800">
          Could not load the emoji. Check the connection and try again.
        </p>
      )}
    </div>
  );
}
