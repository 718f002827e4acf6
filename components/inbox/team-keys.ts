/** Who the "Assign" menu offers for a conversation (and its owner's name): live-sync invalidates it. */
export const assigneesKey = (conversationId: string) => ["assignees", conversationId] as const;

/** Every conversation's "Assign" menu at once: presence beside names changes with no conversation. */
export const allAssigneesKey = ["assignees"] as const;
/** The signed-in agent's own presence (the header's dot, the account menu's choice). */
export const ownPresenceKey = ["presence"] as const;

/** Query keys of the team features (contacts, labels, canned replies, mentions): one place, so hooks and live-sync agree. */
export const teamKeys = {
  /** Everything cached about one conversation beyond its thread: contact, labels. */
  conversation: (conversationId: string) => ["team", "conversation", conversationId] as const,
  contact: (conversationId: string) => ["team", "conversation", conversationId, "contact"] as const,
  labels: (conversationId: string) => ["team", "conversation", conversationId, "labels"] as const,
  allLabels: () => ["team", "labels"] as const,
  cannedReplies: () => ["team", "canned-replies"] as const,
  mentions: () => ["team", "mentions"] as const,
};
