/** Who the "Assign" menu offers for a conversation (and its owner's name): live-sync invalidates it. */
export const assigneesKey = (conversationId: string) => ["assignees", conversationId] as const;
