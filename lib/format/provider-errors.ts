/**
 * What each error code the provider documents means for an agent whose reply failed: what
 * happened and what to do. Browser-safe (no server imports): the outbox stores the English
 * sentence; the thread shows the one of the agent's language (catalog thread.providerErrors, whose
 * English a unit test keeps equal to these), with the code kept as a detail for whoever reports
 * the problem.
 */
import type { Messages } from "@/lib/i18n/messages-type";

export interface ProviderErrorExplanation {
  /** What happened and what to do, in one or two sentences. */
  message: string;
  /** The provider's code, verbatim. */
  code: string;
}

const ASK_ADMIN_SETUP = "Ask an administrator to check the Afilnet settings; the reply can be retried once they are fixed.";

// Keyed by the 13 codes of AFILNET_ERROR_CODES (lib/afilnet/errors.ts); a unit test keeps the
// two lists equal. The MISSING_*/INCORRECT_CLASS/METHOD codes mean the request itself was
// malformed: a setup or software problem, never the agent's doing.
export type ExplainedProviderCode = keyof Messages["thread"]["providerErrors"];

const EXPLANATIONS: Record<ExplainedProviderCode, string> = {
  MISSING_USER: `The provider received no account name with this reply. ${ASK_ADMIN_SETUP}`,
  MISSING_PASSWORD: `The provider received no account password with this reply. ${ASK_ADMIN_SETUP}`,
  MISSING_CLASS: "The provider could not tell which service this reply was for. Report this to whoever runs Switchboard.",
  MISSING_METHOD: "The provider could not tell what to do with this reply. Report this to whoever runs Switchboard.",
  MISSING_COMPULSORY_PARAM:
    "The provider found part of this reply missing (for a file: its link or type). Retry it; if it fails again, report it to whoever runs Switchboard.",
  INCORRECT_USER_PASSWORD:
    "The provider refused the account's name or password, so nothing can be sent. Ask an administrator to check the Afilnet credentials, then retry.",
  INCORRECT_CLASS: "The provider does not offer the chat service this reply used. Report this to whoever runs Switchboard.",
  INCORRECT_METHOD: "The provider does not accept this kind of message. Report this to whoever runs Switchboard.",
  CHANNEL_NOT_FOUND:
    "This channel no longer exists at the provider (it may have been removed or renamed). Ask an administrator to check the channel in Afilnet.",
  CHAT_NOT_FOUND:
    "This chat no longer exists at the provider, so the reply cannot be delivered. The customer has to write in again before you can answer.",
  INCORRECT_FILETYPE: "The provider refused this kind of file. Send it as another type (for example as a document) or share a link instead.",
  INCORRECT_FILEURL:
    "The provider could not download the file. Check that Switchboard's public address can be reached from the internet, then retry.",
  INCORRECT_THUMBURL:
    "The provider could not download the file's preview image. Check that Switchboard's public address can be reached from the internet, then retry.",
};

/** The codes explained here: the provider's documented ones. */
export const EXPLAINED_PROVIDER_CODES: readonly string[] = Object.keys(EXPLANATIONS);

/** The code when it is one explained here, else null (an own-property check: "toString" is not one). */
export function explainedCode(code: string | null | undefined): ExplainedProviderCode | null {
  return code && Object.hasOwn(EXPLANATIONS, code) ? (code as ExplainedProviderCode) : null;
}

/** The explanation of a documented provider code, or null for any other code (kept verbatim elsewhere). */
export function explainProviderError(code: string | null | undefined): ProviderErrorExplanation | null {
  const known = explainedCode(code);
  return known ? { message: EXPLANATIONS[known], code: known } : null;
}
