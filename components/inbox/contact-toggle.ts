"use client";

import { usePathname, useSearchParams } from "next/navigation";

/**
 * Whether the contact panel is open: `?contact=1` in the URL, so it survives a reload and can be
 * shared. Toggled with history.replaceState (Next keeps useSearchParams in step), so the thread,
 * and what is typed in the composer, stay as they are.
 */
export function useContactPanel(): { open: boolean; toggle: () => void; close: () => void } {
  const params = useSearchParams();
  const pathname = usePathname();
  const open = params.get("contact") === "1";
  const set = (value: boolean) => {
    const next = new URLSearchParams(params.toString());
    if (value) next.set("contact", "1");
    else next.delete("contact");
    const query = next.toString();
    window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
  };
  return { open, toggle: () => set(!open), close: () => set(false) };
}
