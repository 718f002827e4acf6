import type { MessageView } from "@/lib/inbox/types";
import type { Translate } from "@/lib/i18n/translator";
import { describeStatus } from "./message-status";
import { explainedCode } from "./provider-errors";

/** What an outbound bubble says about where the reply is. */
export type DeliveryLabel =
  | { tone: "sending"; label: string }
  | { tone: "failed"; label: string; error: string; code: string | null }
  | { tone: "status"; label: string; known: boolean };

type Outbound = Pick<MessageView, "direction" | "delivery" | "status" | "error"> & Partial<Pick<MessageView, "errorCode">>;

/**
 * The outbox's state wins while the reply is still ours to deliver (pending, sending, failed);
 * once sent, the provider's status (delivered, read…) is the news. Worded by `t` (the thread
 * catalog), in the agent's language.
 */
export function describeDelivery(message: Outbound, t: Translate<"thread">): DeliveryLabel | null {
  if (message.direction !== "outbound") return null;
  if (message.delivery === "pending" || message.delivery === "sending") return { tone: "sending", label: t("delivery.sending") };
  if (message.delivery === "failed") {
    // A documented provider code is explained here, in the agent's language, so replies that
    // failed before the wording changed read the same as new ones; any other code keeps the
    // outbox's own sentence (stored in English by the server).
    const code = explainedCode(message.errorCode);
    const error = code ? t(`providerErrors.${code}`) : message.error?.trim() || t("delivery.refused");
    return { tone: "failed", label: t("delivery.notSent"), error, code: message.errorCode ?? null };
  }
  const status = describeStatus(message.status, t);
  if (status) return { tone: "status", label: status.label, known: status.known };
  return message.delivery === "sent" ? { tone: "status", label: t("delivery.sent"), known: true } : null;
}
