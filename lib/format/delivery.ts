import type { MessageView } from "@/lib/inbox/types";
import { describeStatus } from "./message-status";
import { explainProviderError } from "./provider-errors";

/** What an outbound bubble says about where the reply is. */
export type DeliveryLabel =
  | { tone: "sending"; label: string }
  | { tone: "failed"; label: string; error: string; code: string | null }
  | { tone: "status"; label: string; known: boolean };

type Outbound = Pick<MessageView, "direction" | "delivery" | "status" | "error"> & Partial<Pick<MessageView, "errorCode">>;

/**
 * The outbox's state wins while the reply is still ours to deliver (pending, sending, failed);
 * once sent, the provider's status (delivered, read…) is the news.
 */
export function describeDelivery(message: Outbound): DeliveryLabel | null {
  if (message.direction !== "outbound") return null;
  if (message.delivery === "pending" || message.delivery === "sending") return { tone: "sending", label: "Sending…" };
  if (message.delivery === "failed") {
    // A documented provider code is explained here, so replies that failed before the wording
    // changed read the same as new ones; any other code keeps the outbox's own sentence.
    const error = explainProviderError(message.errorCode)?.message ?? (message.error?.trim() || "The provider refused this message.");
    return { tone: "failed", label: "Not sent", error, code: message.errorCode ?? null };
  }
  const status = describeStatus(message.status);
  if (status) return { tone: "status", label: status.label, known: status.known };
  return message.delivery === "sent" ? { tone: "status", label: "Sent", known: true } : null;
}
