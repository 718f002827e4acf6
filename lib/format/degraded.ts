import { formatMessageTime, type TimeFormatOptions } from "./time";

/**
 * What a degraded channel's banner says: that the provider cannot be reached, how old what is
 * on screen may be, and that nothing needs doing.
 */
export function degradedNotice(platformLabel: string, lastSyncedAt: string | null, options: TimeFormatOptions = {}): string {
  const asOf = lastSyncedAt ? formatMessageTime(lastSyncedAt, options) : "";
  const showing = asOf ? `showing messages as of ${asOf}` : "showing the messages saved so far";
  return `Can't reach ${platformLabel} right now — ${showing}. New messages will appear when the connection recovers.`;
}
