"use client";

import { lazy, Suspense, useEffect, useState } from "react";

// cmdk and the palette load on the first Ctrl/Cmd+K, not with the inbox (first-load JS budget).
const CommandPalette = lazy(() => import("./command-palette"));

/** Ctrl+K (Cmd+K on a Mac) anywhere in the inbox, even while typing, opens the command palette. */
export function CommandPaletteTrigger() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== "k") return;
      // The browser's own Ctrl+K (focus its search bar) would take the agent out of the page.
      event.preventDefault();
      setOpen((was) => !was);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return open ? (
    <Suspense fallback={null}>
      <CommandPalette onClose={() => setOpen(false)} />
    </Suspense>
  ) : null;
}
