"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import { shortcutFor, type ShortcutAction } from "./keyboard-map";

// The list of shortcuts loads when "?" is first pressed, not with the inbox.
const ShortcutsDialog = lazy(() => import("./shortcuts-dialog"));

const THREAD = 'section[aria-labelledby="thread-title"]';

function buttonNamed(root: ParentNode, name: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll<HTMLButtonElement>("button:not(:disabled)")].find((b) => (b.getAttribute("aria-label") ?? b.textContent?.trim()) === name);
}

/** Moves through the visible conversation list: the next or previous row after the open one. */
function step(by: 1 | -1): void {
  const rows = [...document.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Conversations"] a[data-destination]')];
  if (rows.length === 0) return;
  const at = rows.findIndex((row) => row.getAttribute("aria-current") === "page");
  const next = rows[at === -1 ? (by === 1 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, at + by))];
  next.focus();
  next.click();
}

// The actions work on what is on screen (the same controls a pointer would use), so each pane
// stays the one place that knows how to resolve, assign or go back.
const ACTIONS: Record<Exclude<ShortcutAction, "help">, () => void> = {
  next: () => step(1),
  previous: () => step(-1),
  reply: () => document.querySelector<HTMLTextAreaElement>('textarea[aria-label="Message"]')?.focus(),
  resolve: () => {
    const thread = document.querySelector(THREAD);
    if (thread) buttonNamed(thread, "Resolve")?.click();
  },
  assign: () => {
    const thread = document.querySelector(THREAD);
    if (thread) buttonNamed(thread, "Assign")?.click();
  },
  search: () => document.querySelector<HTMLInputElement>('input[type="search"]')?.focus(),
  back: () => {
    const link = document.querySelector<HTMLAnchorElement>(`${THREAD} a[aria-label="Back"]`) ?? document.querySelector<HTMLAnchorElement>('a[aria-label="Back"]');
    link?.click();
  },
};

/** j/k, r, e, a, /, Esc and ? across the inbox (issue 12); never while typing. */
export function KeyboardShortcuts() {
  const [help, setHelp] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A menu, dialog or field that handled the key (Escape closing it) keeps it.
      if (event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      // Escape in a text field leaves it, so the next key is a shortcut again (e to resolve).
      if (event.key === "Escape" && target?.matches("input, textarea, select, [contenteditable=true]")) {
        target.blur();
        return;
      }
      const action = shortcutFor(event, target);
      if (!action) return;
      // Escape inside the page's own widgets (an open <details>, a dialog) belongs to them.
      if (action === "back" && target?.closest("dialog, [role=menu], [role=listbox], details[open]")) return;
      event.preventDefault();
      if (action === "help") setHelp(true);
      else ACTIONS[action]();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return help ? (
    <Suspense fallback={null}>
      <ShortcutsDialog onClose={() => setHelp(false)} />
    </Suspense>
  ) : null;
}
