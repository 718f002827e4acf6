/** How an outbound message's provider status reads to an agent. */
export interface StatusLabel {
  label: string;
  /** True for the statuses the inbox understands; anything else is shown raw and neutral. */
  known: boolean;
}

const KNOWN: Record<string, string> = { sent: "Sent", delivered: "Delivered", read: "Read" };

export function describeStatus(raw: string): StatusLabel | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  const known = KNOWN[trimmed.toLowerCase()];
  return known ? { label: known, known: true } : { label: trimmed, known: false };
}
