/**
 * One line of a conversation's last message for the list. A reply says who sent it: "You: " for
 * the signed-in agent (`selfId`), the teammate's name otherwise; a reply with no known author
 * (sent elsewhere, or by a removed agent) has no prefix, since "You" would claim it.
 */
export function conversationPreview(
  last: { text: string; direction: "inbound" | "outbound"; author?: { id: string; name: string } | null } | null,
  selfId: string | null = null,
): string {
  if (!last) return "No messages yet";
  const line = last.text.replace(/\s+/g, " ").trim();
  const body = line || "(empty message)";
  const author = last.direction === "outbound" ? last.author : null;
  if (!author) return body;
  return `${author.id === selfId ? "You" : author.name}: ${body}`;
}
