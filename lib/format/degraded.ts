import { formatMessageTime, type TimeFormatOptions } from "./time";

/**
 * The sentences of a degraded channel's banner, in the agent's language. The caller (a
 * component, with the catalog) supplies them: lib/ holds no UI words.
 */
export interface DegradedWords {
  /** That the provider cannot be reached, as of when what is on screen was synced. */
  asOf(values: { platform: string; time: string }): string;
  /** The same, for a channel that never synced. */
  never(values: { platform: string }): string;
}

/**
 * What a degraded channel's banner says: that the provider cannot be reached, how old what is
 * on screen may be (in the agent's zone and locale), and that nothing needs doing.
 */
export function degradedNotice(words: DegradedWords, platform: string, lastSyncedAt: string | null, options: TimeFormatOptions = {}): string {
  const time = lastSyncedAt ? formatMessageTime(lastSyncedAt, options) : "";
  return time ? words.asOf({ platform, time }) : words.never({ platform });
}
