import type { ConversationStatus } from "@/lib/inbox/types";

const LABELS: Record<ConversationStatus, string> = { open: "Open", pending: "Pending", snoozed: "Snoozed", resolved: "Resolved" };

export function statusLabel(status: ConversationStatus): string {
  return LABELS[status];
}
