"use client";

import dynamic from "next/dynamic";
import { useCallback, useRef, useState } from "react";
import { useTranslations } from "next-intl";

// The results panel (queries, list, keyboard) is fetched on first focus or keystroke: the inbox's
// first-load JavaScript only carries this box.
const SearchPanel = dynamic(() => import("./search-panel").then((m) => m.SearchPanel), { ssr: false });

/** The header's search field; `/` focuses it (keyboard-shortcuts.tsx looks for input[type=search]). */
export function SearchBox() {
  const t = useTranslations("search.box");
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const [activeId, setActiveId] = useState<string | undefined>(undefined);
  const inputRef = useRef<HTMLInputElement>(null);
  const close = useCallback(() => setOpen(false), []);
  const show = () => {
    setWanted(true);
    setOpen(true);
  };
  return (
    <div role="search" className="relative min-w-0 flex-1 md:max-w-md">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label={t("label")}
        aria-autocomplete="list"
        aria-expanded={wanted && open && text.trim() !== ""}
        aria-controls="search-results"
        aria-activedescendant={open ? activeId : undefined}
        placeholder={t("placeholder")}
        autoComplete="off"
        enterKeyHint="search"
        value={text}
        onFocus={show}
        onChange={(event) => {
          setText(event.target.value);
          show();
        }}
        className="h-8 w-full rounded-md border border-gray-300 bg-surface px-2 text-sm text-gray-900 placeholder:text-gray-500 focus-visible:outline-2 focus-visible:outline-brand"
      />
      {wanted && <SearchPanel text={text} open={open} inputRef={inputRef} onClose={close} onActiveChange={setActiveId} />}
    </div>
  );
}
