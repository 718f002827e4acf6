"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import { shortcutFor, type ShortcutAction } from "./keyboard-map";

// The list of shortcuts loads when "?" is first pressed, not with the inbox.
const ShortcutsDialog = lazy(() => import("./shortcuts-dialog"));

const THREAD = 'section[aria-labelledby="thread-title"]';

/*
 * Controls are found by their `data-shortcut`, never by their English name: the inbox speaks
 * the agent's language, and "Résoudre" is still the button "e" presses.
 */
const control = <T extends Element>(name: string, root: ParentNode = document) => root.querySelector<T>(`[data-shortcut="${name}"]:not(:disabled)`);

/** Moves through the visible conversation list: the next or previous row after the open one. */
function step(by: 1 | -1): void {
  const rows = [...document.querySelectorAll<HTMLAnchorElement>("a[data-conversation-row]")];
  if (rows.length === 0) return;
  const at = rows.findIndex((row) => row.getAttribute("aria-current") === "page");
  const next = rows[at === -1 ? (by === 1 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, at + by))];
  next.focus();
  next.click();
}

/** Within the open conversation only: with none open, "e" and "a" do nothing. */
function inThread(name: string): void {
  const thread = document.querySelector(THREAD);
  if (thread) control<HTMLButtonElement>(name, thread)?.click();
}

// The actions work on what is on screen (the same controls a pointer would use), so each pane
// stays the one place that knows how to resolve, assign or go back.
const ACTIONS: Record<Exclude<ShortcutAction, "help">, () => void> = {
  next: () => step(1),
  previous: () => step(-1),
  reply: () => control<HTMLTextAreaElement>("reply")?.focus(),
  resolve: () => inThread("resolve"),
  assign: () => inThread("assign"),
  search: () => document.querySelector<HTMLInputElement>('input[type="search"]')?.focus(),
  back: () => {
    const thread = document.querySelector(THREAD);
    (control<HTMLAnchorElement>("back", thread ?? document) ?? control<HTMLAnchorElement>("back"))?.click();
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
