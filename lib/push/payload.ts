import type { PushKind } from "./recipients";

/** What the service worker shows (public/sw.js reads exactly these fields). */
export interface PushPayload {
  title: string;
  body: string;
  /** The page a tap opens. */
  url: string;
  /** One notification per conversation and kind: a newer one replaces it. */
  tag: string;
}

const BODIES: Record<PushKind, string> = {
  message: "New message",
  mention: "You were mentioned in a note",
  assignment: "A conversation was assigned to you",
};

/**
 * No customer text and no contact name: Web Push encrypts the payload end to end, but the
 * notification is then shown on a lock screen that anyone near the phone can read, and a support
 * inbox's messages carry personal data. The channel's name says where to look; the tap opens it.
 */
export function pushPayload(kind: PushKind, channel: { id: string; name: string }, conversationId: string): PushPayload {
  return {
    title: channel.name,
    body: BODIES[kind],
    url: `/inbox/${channel.id}/${conversationId}`,
    tag: `${kind}:${conversationId}`,
  };
}
