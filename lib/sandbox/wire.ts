import { DateTime } from "luxon";

/** Afilnet's wire vocabulary, as the stand-in speaks it. */

export const PROVIDER_TIMEZONE = "Europe/Madrid";

export const ERROR_CODES = [
  "MISSING_USER",
  "MISSING_PASSWORD",
  "MISSING_CLASS",
  "MISSING_METHOD",
  "INCORRECT_USER_PASSWORD",
  "INCORRECT_CLASS",
  "INCORRECT_METHOD",
  "MISSING_COMPULSORY_PARAM",
  "CHANNEL_NOT_FOUND",
  "INCORRECT_FILETYPE",
  "INCORRECT_FILEURL",
  "INCORRECT_THUMBURL",
  "CHAT_NOT_FOUND",
] as const;
export type AfilnetErrorCode = (typeof ERROR_CODES)[number];

export const CHAT_METHODS = ["getchatchannels", "sendmessage", "sendfile", "getchats", "getmessages", "getunreadmessages"] as const;
export type ChatMethod = (typeof CHAT_METHODS)[number];

export const FILE_TYPES = ["image", "video", "audio", "voice", "document", "contact"] as const;

export type AfilnetEnvelope =
  | { status: "SUCCESS"; result: Record<string, unknown> }
  | { status: "ERROR"; error: AfilnetErrorCode };

export interface WireChannel {
  platformid: string;
  platform: string;
  name: string;
}

export interface WireMessage {
  platformid: string;
  platform: string;
  message: string;
  destination: string;
  messageid: string;
  sent: 0 | 1;
  status: string;
  datetime: string;
}

export type WireUnreadMessage = Omit<WireMessage, "sent"> & { issent: 0 | 1 };

/** `YYYY-MM-DD HH:mm:ss` in the provider's zone, the only date format the vendor documents. */
export function formatProviderDatetime(date: Date): string {
  return DateTime.fromJSDate(date, { zone: PROVIDER_TIMEZONE }).toFormat("yyyy-LL-dd HH:mm:ss");
}

/** The provider fetches these itself later, so only absolute http(s) URLs make sense. */
export function isPublicHttpUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}
