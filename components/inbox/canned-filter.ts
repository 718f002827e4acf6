import type { CannedReplyView } from "@/lib/teams/canned-replies";

const SHOWN = 8;

/** The `/query` typed at the start of the message box, or null when the text is not one. */
export function slashQuery(text: string): string | null {
  const match = /^\/([^\n]*)$/.exec(text);
  return match ? match[1].trim().toLowerCase() : null;
}

/** Canned replies whose shortcut or text holds the query, shortcut matches first. */
export function filterCanned(replies: readonly CannedReplyView[], query: string): CannedReplyView[] {
  const byShortcut = replies.filter((r) => r.shortcut.toLowerCase().includes(query));
  const byText = replies.filter((r) => !byShortcut.includes(r) && r.body.toLowerCase().includes(query));
  return [...byShortcut, ...byText].slice(0, SHOWN);
}
