import { compareMessageIds } from "./tolerance";
import type { ProviderMessage } from "./types";

/** Oldest first: by provider time, then by id (messages in the same second keep their order). */
export function compareOldestFirst(a: ProviderMessage, b: ProviderMessage): number {
  return a.sentAt.getTime() - b.sentAt.getTime() || compareMessageIds(a.messageId, b.messageId);
}

export function compareNewestFirst(a: ProviderMessage, b: ProviderMessage): number {
  return compareOldestFirst(b, a);
}

export function sortOldestFirst(messages: ProviderMessage[]): ProviderMessage[] {
  return [...messages].sort(compareOldestFirst);
}

/**
 * `getchats` should give one row per chat; when it gives several for one destination, the
 * newest stands for the chat. Result is newest first.
 */
export function latestPerChat(messages: ProviderMessage[]): ProviderMessage[] {
  const latest = new Map<string, ProviderMessage>();
  for (const message of messages) {
    const key = JSON.stringify([message.platform, message.platformId, message.destination]);
    const kept = latest.get(key);
    if (!kept || compareOldestFirst(message, kept) > 0) latest.set(key, message);
  }
  return [...latest.values()].sort(compareNewestFirst);
}
