/** One line of a conversation's last message for the list, "You: " before the agent's own. */
export function conversationPreview(
  last: { text: string; direction: "inbound" | "outbound" } | null,
): string {
  if (!last) return "No messages yet";
  const line = last.text.replace(/\s+/g, " ").trim();
  const body = line || "(empty message)";
  return last.direction === "outbound" ? `You: ${body}` : body;
}
