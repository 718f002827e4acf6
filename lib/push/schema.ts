import { z } from "zod";

/**
 * What the browser hands over when it subscribes (PushSubscription.toJSON()) and the events this
 * device wants. Safe to import from client components.
 */

/** Push services answer at https URLs; plain http only on this machine, for a local stand-in in tests. */
export function isAllowedEndpoint(endpoint: string): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
}

const ENDPOINT_MESSAGE = "must be the push service's https URL (at most 2,048 characters)";
export const endpointSchema = z.string().max(2048, ENDPOINT_MESSAGE).refine(isAllowedEndpoint, ENDPOINT_MESSAGE);

/** base64url (padding tolerated) that decodes to exactly `bytes` bytes. */
const keyOf = (bytes: number, what: string) =>
  z
    .string()
    .max(128, `must be ${what}`)
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, `must be ${what}`)
    .refine((s) => decodedLength(s) === bytes, `must be ${what}`);

/** Bytes a base64url string decodes to, without Buffer (this module also runs in browsers). */
const decodedLength = (s: string) => Math.floor((s.replace(/=+$/, "").length * 3) / 4);

export const pushEventsSchema = z.strictObject({
  messages: z.boolean(),
  mentions: z.boolean(),
  assignments: z.boolean(),
});
export type PushEvents = z.infer<typeof pushEventsSchema>;

export const subscribeSchema = z.strictObject({
  endpoint: endpointSchema,
  expirationTime: z.number().nullable().optional(),
  keys: z.strictObject({
    p256dh: keyOf(65, "the browser's P-256 public key (65 bytes, base64url)"),
    auth: keyOf(16, "the browser's 16-byte auth secret (base64url)"),
  }),
  /** Every event when the browser says nothing, or those of the subscription it `replaces`. */
  events: pushEventsSchema.optional(),
  /**
   * The endpoint this one takes over from: the service worker's answer to
   * `pushsubscriptionchange` (the push service rotated the subscription), which keeps the old
   * device's choice of events and removes it.
   */
  replaces: endpointSchema.optional(),
});
export type SubscribeInput = z.infer<typeof subscribeSchema>;

export const updateEventsSchema = z.strictObject({ endpoint: endpointSchema, events: pushEventsSchema });
export const unsubscribeSchema = z.strictObject({ endpoint: endpointSchema });

/** One device as the settings page sees it (only the caller's own are ever listed). */
export interface PushDevice {
  endpoint: string;
  events: PushEvents;
  userAgent: string | null;
  createdAt: string;
  lastSentAt: string | null;
}
