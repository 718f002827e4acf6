import { z } from "zod";
import { AfilnetTransportError, isDocumentedErrorCode, type AfilnetMethod } from "./errors";
import {
  messageIdFromSendResult,
  normaliseId,
  normaliseMessageStatus,
  parseDirection,
  parseProviderDatetime,
  statusIs,
} from "./tolerance";
import type { ProviderChannel, ProviderMessage, SendResult } from "./types";

/**
 * The provider's wire shapes and their reshaping into the app's types. This is the only place
 * that knows `platformid`, `issent` and friends.
 *
 * A row that cannot be read fails the whole call (AfilnetTransportError "malformed") rather than
 * being dropped: the answer feeds a mirror, and a silently skipped message might never be
 * fetched again, while a loud failure is seen, logged and retried on the next poll.
 */

/** A field read by one of the tolerance functions; null from it is a validation issue. */
function field<T>(read: (value: unknown) => T | null, expected: string) {
  return z.unknown().transform((value, ctx) => {
    const out = read(value);
    if (out === null) {
      ctx.addIssue({ code: "custom", message: `expected ${expected}` });
      return z.NEVER;
    }
    return out;
  });
}

function optionalField<T>(read: (value: unknown) => T | null, expected: string) {
  return field((value) => (value === undefined || value === null ? undefined : read(value)), expected).optional();
}

const text = (value: unknown): string | null =>
  typeof value === "string" ? value : typeof value === "number" && Number.isFinite(value) ? String(value) : null;
const nonEmptyText = (value: unknown): string | null => {
  const out = text(value)?.trim();
  return out ? out : null;
};
const textOrEmpty = (value: unknown): string | null => (value === undefined || value === null ? "" : text(value));

export const envelopeSchema = z.looseObject({
  status: z.string(),
  result: z.unknown().optional(),
  error: z.union([z.string(), z.number()]).nullish(),
});

export type Envelope = { ok: true; result: unknown } | { ok: false; code: string };

/** Reads `{status, result}` / `{status, error}`; null when the JSON is not that envelope. */
export function readEnvelope(json: unknown): Envelope | null {
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) return null;
  const { status, result, error } = parsed.data;
  if (statusIs(status, "success")) return { ok: true, result };
  if (!statusIs(status, "error")) return null;
  const code = error === undefined || error === null ? "" : String(error).trim();
  if (!code) return null;
  // Status comes in either case; codes are documented upper case, so match them the same way.
  return { ok: false, code: isDocumentedErrorCode(code.toUpperCase()) ? code.toUpperCase() : code };
}

export const listResultSchema = z.looseObject({ list: z.array(z.unknown()) });

export const channelRowSchema = z.looseObject({
  platformid: field(normaliseId, "an id"),
  platform: field(nonEmptyText, "a platform"),
  name: field(textOrEmpty, "a name"),
});

/** Rows of getchats, getmessages and getunreadmessages; `datetime` needs the provider's zone. */
export function messageRowSchema(zone: string) {
  return z.looseObject({
    platformid: optionalField(normaliseId, "an id"),
    platform: optionalField(nonEmptyText, "a platform"),
    destination: optionalField(normaliseId, "a destination"),
    messageid: field(normaliseId, "an id"),
    message: field(textOrEmpty, "a text"),
    sent: optionalField(parseDirection, "0/1 or true/false"),
    issent: optionalField(parseDirection, "0/1 or true/false"),
    status: field(normaliseMessageStatus, "a string or number"),
    datetime: field((value) => parseProviderDatetime(value, zone), "a date"),
  });
}

function malformed(method: AfilnetMethod, what: string): AfilnetTransportError {
  return new AfilnetTransportError(`unexpected answer: ${what}`, { kind: "malformed", method, reachedServer: "yes" });
}

/** Issue paths only: values may be private message text. */
function describeIssues(error: z.ZodError): string {
  const paths = new Set(error.issues.map((issue) => issue.path.join(".") || "(root)"));
  return [...paths].join(", ");
}

function readList(method: AfilnetMethod, result: unknown): unknown[] {
  const parsed = listResultSchema.safeParse(result);
  if (!parsed.success) throw malformed(method, "result.list is not a list");
  return parsed.data.list;
}

export function parseChannelList(method: AfilnetMethod, result: unknown): ProviderChannel[] {
  return readList(method, result).map((row, index) => {
    const parsed = channelRowSchema.safeParse(row);
    if (!parsed.success) throw malformed(method, `row ${index} has unreadable ${describeIssues(parsed.error)}`);
    return { platform: parsed.data.platform, platformId: parsed.data.platformid, name: parsed.data.name };
  });
}

/** What the request already says about the rows, for rows that leave it out. */
export interface RowContext {
  platform: string;
  platformId: string;
  destination?: string;
}

export function parseMessageList(
  method: AfilnetMethod,
  result: unknown,
  zone: string,
  context: RowContext,
): ProviderMessage[] {
  const schema = messageRowSchema(zone);
  return readList(method, result).map((row, index) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw malformed(method, `row ${index} has unreadable ${describeIssues(parsed.error)}`);
    const r = parsed.data;
    // getunreadmessages documents `issent`, the others `sent`; either is taken from any of them.
    const direction = method === "getunreadmessages" ? (r.issent ?? r.sent) : (r.sent ?? r.issent);
    if (!direction) throw malformed(method, `row ${index} has no sent/issent`);
    const destination = r.destination ?? context.destination;
    if (!destination) throw malformed(method, `row ${index} has no destination`);
    return {
      platform: r.platform ?? context.platform,
      platformId: r.platformid ?? context.platformId,
      destination,
      messageId: r.messageid,
      direction,
      text: r.message,
      status: r.status,
      sentAt: r.datetime,
    };
  });
}

export function parseSendResult(result: unknown): SendResult {
  return { messageId: messageIdFromSendResult(result) };
}
