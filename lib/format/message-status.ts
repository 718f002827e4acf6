import type { Translate } from "@/lib/i18n/translator";

/** How an outbound message's provider status reads to an agent. */
export interface StatusLabel {
  label: string;
  /** True for the statuses the inbox understands; anything else is shown raw and neutral. */
  known: boolean;
}

const KNOWN = { sent: "delivery.sent", delivered: "delivery.delivered", read: "delivery.read" } as const;

/** The status in the agent's language when the inbox knows it; the provider's own word otherwise. */
export function describeStatus(raw: string, t: Translate<"thread">): StatusLabel | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  const lower = trimmed.toLowerCase();
  return Object.hasOwn(KNOWN, lower) ? { label: t(KNOWN[lower as keyof typeof KNOWN]), known: true } : { label: trimmed, known: false };
}
