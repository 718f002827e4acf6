/** The inbox's single-key shortcuts, shown by "?" (issue 12). */
export type ShortcutAction = "next" | "previous" | "reply" | "resolve" | "assign" | "search" | "back" | "help";

export const SHORTCUTS: { keys: string; action: ShortcutAction; description: string }[] = [
  { keys: "j", action: "next", description: "Next conversation" },
  { keys: "k", action: "previous", description: "Previous conversation" },
  { keys: "r", action: "reply", description: "Reply (focus the message box)" },
  { keys: "e", action: "resolve", description: "Resolve the open conversation" },
  { keys: "a", action: "assign", description: "Assign the open conversation" },
  { keys: "/", action: "search", description: "Search" },
  { keys: "Esc", action: "back", description: "Back to the list" },
  { keys: "?", action: "help", description: "Show these shortcuts" },
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
