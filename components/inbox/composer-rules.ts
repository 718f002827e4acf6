import { REPLY_MAX_LENGTH, type ContactCardRequest } from "@/lib/inbox/types";
import type { Translate } from "@/lib/i18n/translator";

type Words = Translate<"composer.problem">;

/** The counter appears this close to the limit; earlier it would only be noise. */
export const COUNTER_THRESHOLD = REPLY_MAX_LENGTH - 256;

/** Why a reply cannot be sent as typed, or null when it can. The server checks again. */
export function replyProblem(text: string, t: Words): string | null {
  const trimmed = text.trim();
  if (!trimmed) return t("writeMessage");
  if (trimmed.length > REPLY_MAX_LENGTH) return t("replyTooLong", { max: String(REPLY_MAX_LENGTH), length: String(trimmed.length) });
  return null;
}

/** A caption may be empty (the file is the message), but not too long. */
export function captionProblem(text: string, t: Words): string | null {
  const length = text.trim().length;
  return length > REPLY_MAX_LENGTH ? t("captionTooLong", { max: String(REPLY_MAX_LENGTH), length: String(length) }) : null;
}

/** Why a contact card cannot be made as typed, or null. The server checks again. */
export function contactProblem(card: ContactCardRequest, t: Words): string | null {
  if (!card.name.trim()) return t("contactName");
  if (!card.phone?.trim() && !card.email?.trim()) return t("contactReach");
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
