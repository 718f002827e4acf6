import { REPLY_MAX_LENGTH } from "@/lib/inbox/types";

/** The counter appears this close to the limit; earlier it would only be noise. */
export const COUNTER_THRESHOLD = REPLY_MAX_LENGTH - 256;

/** Why a reply cannot be sent as typed, or null when it can. The server checks again. */
export function replyProblem(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return "Write a message first.";
  if (trimmed.length > REPLY_MAX_LENGTH)
    return `This message is too long: a reply can have at most ${REPLY_MAX_LENGTH} characters (this one has ${trimmed.length}).`;
  return null;
}

interface KeyLike {
  key: string;
  shiftKey: boolean;
  isComposing: boolean;
  keyCode?: number;
}

/**
 * Enter sends, Shift+Enter is a new line. While an IME is composing (Japanese, Chinese…),
 * Enter confirms the candidate instead; Safari reports that only as keyCode 229.
 */
export function isSendKey(event: KeyLike): boolean {
  if (event.key !== "Enter" || event.shiftKey) return false;
  return !(event.isComposing || event.keyCode === 229);
}
