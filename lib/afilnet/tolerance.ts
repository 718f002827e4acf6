import { DateTime, IANAZone } from "luxon";

/**
 * The readings of the provider's loosely specified fields (see "Unknowns" in
 * afilnet-chat-protocol.md). Each returns null for a value it cannot read, so the caller can
 * fail loudly instead of guessing.
 */

/** The SDKs write `SUCCESS`/`ERROR`, the vendor page `success`/`error`. */
export function statusIs(value: unknown, expected: "success" | "error"): boolean {
  return typeof value === "string" && value.trim().toLowerCase() === expected;
}

/** Ids arrive as numeric strings or as numbers; the app keeps strings. */
export function normaliseId(value: unknown): string | null {
  // A JSON number past 2^53 has already lost digits: refuse it rather than store a wrong id.
  if (typeof value === "number") return Number.isSafeInteger(value) ? String(value) : null;
  if (typeof value === "string") {
    const trimmed = value.trim();
    return trimmed === "" ? null : trimmed;
  }
  return null;
}

/** `sent`/`issent`: 1 = sent by the account (outbound), 0 = written by the contact (inbound). */
export function parseDirection(value: unknown): "inbound" | "outbound" | null {
  if (value === true || value === 1) return "outbound";
  if (value === false || value === 0) return "inbound";
  if (typeof value === "string") {
    const v = value.trim().toLowerCase();
    if (v === "1" || v === "true") return "outbound";
    if (v === "0" || v === "false") return "inbound";
  }
  return null;
}

export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

const LOCAL_DATETIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const UNIX_SECONDS = /^\d+(\.\d+)?$/;

/**
 * `datetime`: `YYYY-MM-DD HH:mm:ss` wall-clock time in the provider's zone (luxon applies that
 * zone's offset on that date, so summer and winter differ), ISO 8601 (with an offset; without
 * one it is read in the provider's zone too), or Unix seconds as a number or numeric string.
 * A wall-clock time that a DST change skips is moved forward; one that occurs twice takes the
 * later (standard-time) offset — the provider gives us nothing to tell them apart.
 */
export function parseProviderDatetime(value: unknown, zone: string): Date | null {
  if (typeof value === "number") return fromUnixSeconds(value);
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (UNIX_SECONDS.test(text)) return fromUnixSeconds(Number(text));
  const parsed = LOCAL_DATETIME.test(text)
    ? DateTime.fromFormat(text, "yyyy-MM-dd HH:mm:ss", { zone })
    : isoLike(text, zone);
  return parsed.isValid ? parsed.toJSDate() : null;
}

function isoLike(text: string, zone: string): DateTime {
  const iso = DateTime.fromISO(text, { zone });
  // "2024-07-01 10:00:00+02:00": ISO but with a space, which only the SQL reader takes.
  return iso.isValid ? iso : DateTime.fromSQL(text, { zone });
}

function fromUnixSeconds(seconds: number): Date | null {
  return Number.isFinite(seconds) && seconds > 0 ? new Date(Math.round(seconds * 1000)) : null;
}

/** A message's `status`: a free string kept raw (case included), a number as its digits. */
export function normaliseMessageStatus(value: unknown): string | null {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

/**
 * Sends document no result; some answers carry one anyway. Whatever `result` holds, `SUCCESS`
 * means the send happened, so only a recognisable `messageid` is taken from it.
 */
export function messageIdFromSendResult(result: unknown): string | null {
  if (typeof result !== "object" || result === null || Array.isArray(result)) return null;
  const record = result as Record<string, unknown>;
  return normaliseId(record.messageid ?? record.messageId);
}

const INTEGER = /^-?\d+$/;

/** Numeric ids compare as numbers ("9" < "10"); anything else as plain strings. */
export function compareMessageIds(a: string, b: string): number {
  if (INTEGER.test(a) && INTEGER.test(b)) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
