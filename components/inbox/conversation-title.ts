import type { ConversationView } from "@/lib/inbox/types";

/** Who the customer is, as agents read it: the contact's name, else the number formatted for its country, else the platform's id. */
export function conversationTitle(conversation: Pick<ConversationView, "contactName" | "phone" | "destination">, contactName?: string | null): string {
  return contactName ?? conversation.contactName ?? conversation.phone?.display ?? conversation.destination;
}
