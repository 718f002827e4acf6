/** The words of a list row's preview, in the agent's language (the caller has the catalog). */
export interface PreviewWords {
  /** A conversation with no message yet. */
  none: string;
  /** A message with no text (a stand-in for the empty line). */
  empty: string;
  byYou(values: { text: string }): string;
  byTeammate(values: { name: string; text: string }): string;
}

/**
 * One line of a conversation's last message for the list. A reply says who sent it: "You: " for
 * the signed-in agent (`selfId`), the teammate's name otherwise; a reply with no known author
 * (sent elsewhere, or by a removed agent) has no prefix, since "You" would claim it.
 */
export function conversationPreview(
  words: PreviewWords,
  last: { text: string; direction: "inbound" | "outbound"; author?: { id: string; name: string } | null } | null,
  selfId: string | null = null,
): string {
  if (!last) return words.none;
  const line = last.text.replace(/\s+/g, " ").trim();
  const text = line || words.empty;
  const author = last.direction === "outbound" ? last.author : null;
  if (!author) return text;
  return author.id === selfId ? words.byYou({ text }) : words.byTeammate({ name: author.name, text });
}
