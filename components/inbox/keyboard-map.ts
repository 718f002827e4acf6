/** The inbox's single-key shortcuts, shown by "?" (issue 12). */
export type ShortcutAction = "next" | "previous" | "reply" | "resolve" | "assign" | "search" | "back" | "help";

/** Each action's description is the catalog's `inbox.shortcuts.<action>`, in the agent's language. */
export const SHORTCUTS: { keys: string; action: ShortcutAction }[] = [
  { keys: "j", action: "next" },
  { keys: "k", action: "previous" },
  { keys: "r", action: "reply" },
  { keys: "e", action: "resolve" },
  { keys: "a", action: "assign" },
  { keys: "/", action: "search" },
  { keys: "Esc", action: "back" },
  { keys: "?", action: "help" },
];

const BY_KEY = new Map(SHORTCUTS.map((s) => [s.keys === "Esc" ? "Escape" : s.keys, s.action]));

/**
 * The action for a key press, or null. Typing never triggers one: not in a text field, a select or
 * anything editable (Escape aside, which leaves the field), and never with Ctrl, Alt or Meta held.
 */
export function shortcutFor(event: { key: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean }, target: { tagName: string; isContentEditable: boolean } | null): ShortcutAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  const typing = !!target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
  if (typing) return null;
  return BY_KEY.get(event.key) ?? null;
}
