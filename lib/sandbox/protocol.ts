import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import type { Db } from "@/lib/db/client";
import {
  chatExists,
  chatMessages,
  findChannel,
  insertMessage,
  latestMessagePerChat,
  listChannels,
  promoteDelivered,
  takeUnread,
  type SandboxChannel,
  type SandboxMessage,
} from "./store";
import {
  CHAT_METHODS,
  FILE_TYPES,
  formatProviderDatetime,
  isPublicHttpUrl,
  type AfilnetEnvelope,
  type AfilnetErrorCode,
  type ChatMethod,
  type WireMessage,
  type WireUnreadMessage,
} from "./wire";

/**
 * The `chat` class of Afilnet's HTTP API, answered from the sandbox tables. Choices where the
 * vendor is silent (see docs in afilnet-chat-protocol.md):
 * - `sendmessage` to a destination without a chat starts one; `sendfile` answers CHAT_NOT_FOUND.
 * - Sends answer `result: {}` (the vendor documents no value), so the app's real
 *   no-message-id path is the one exercised.
 * - `getchats` on a channel without chats answers an empty list.
 * - `getunreadmessages` marks what it returns as read: a second call returns nothing new.
 * - A file message's `message` is its caption, or its URL when it has none.
 */

export interface Credentials {
  user: string;
  password: string;
}

export interface AfilnetRequestOptions {
  /** The account the stand-in accepts. */
  credentials: Credentials;
  /**
   * Set for the `/api/basic/` transport: credentials from `Authorization: Basic`, or null when
   * the header is missing or unreadable. Undefined: take `user`/`password` from the params.
   */
  basicAuth?: Credentials | null;
  now?: () => Date;
}

type Params = Record<string, string | undefined>;

const REQUIRED_FIELDS: Record<ChatMethod, readonly string[]> = {
  getchatchannels: [],
  sendmessage: ["platform", "platformid", "destination", "message"],
  sendfile: ["platform", "platformid", "destination", "type", "fileurl"],
  getchats: ["platform", "platformid"],
  getmessages: ["platform", "platformid", "destination"],
  getunreadmessages: ["platform", "platformid", "destination"],
};

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== "";

// Fields the stand-in stores or looks up in PostgreSQL, with the longest value it takes.
const FIELD_MAX_LENGTH: Record<string, number> = {
  platform: 64,
  platformid: 256,
  destination: 256,
  type: 64,
  fileurl: 4096,
  thumburl: 4096,
  message: 65_536,
};

/**
 * The vendor documents no code for a malformed value. One the stand-in cannot store or look up
 * (a NUL, which PostgreSQL's text refuses, or an absurd length) reads as not given, so the
 * caller gets the protocol's error envelope instead of a database error.
 */
const usable = (params: Params) =>
  Object.entries(FIELD_MAX_LENGTH).every(([field, max]) => {
    const value = params[field];
    return value === undefined || (value.length <= max && !value.includes("\u0000"));
  });

const fail = (error: AfilnetErrorCode): AfilnetEnvelope => ({ status: "ERROR", error });
const ok = (result: Record<string, unknown>): AfilnetEnvelope => ({ status: "SUCCESS", result });

export async function handleAfilnetRequest(db: Db, params: Params, opts: AfilnetRequestOptions): Promise<AfilnetEnvelope> {
  const now = opts.now ?? (() => new Date());
  const caller = opts.basicAuth === undefined ? { user: params.user, password: params.password } : (opts.basicAuth ?? {});

  if (!present(caller.user)) return fail("MISSING_USER");
  if (!present(caller.password)) return fail("MISSING_PASSWORD");
  if (!present(params.class)) return fail("MISSING_CLASS");
  if (!present(params.method)) return fail("MISSING_METHOD");
  if (!sameSecret(caller.user, opts.credentials.user) || !sameSecret(caller.password, opts.credentials.password)) {
    return fail("INCORRECT_USER_PASSWORD");
  }
  if (params.class !== "chat") return fail("INCORRECT_CLASS");
  const method = CHAT_METHODS.find((m) => m === params.method);
  if (!method) return fail("INCORRECT_METHOD");
  if (!REQUIRED_FIELDS[method].every((field) => present(params[field])) || !usable(params)) return fail("MISSING_COMPULSORY_PARAM");

  if (method === "getchatchannels") {
    const channels = await listChannels(db);
    return ok({ list: channels.map((c) => ({ platformid: c.platformId, platform: c.platform, name: c.name })) });
  }

  const channel = await findChannel(db, params.platform!, params.platformid!);
  if (!channel) return fail("CHANNEL_NOT_FOUND");
  const destination = params.destination ?? "";

  switch (method) {
    case "sendmessage":
      await insertMessage(db, outbound(channel, destination, now(), { message: params.message! }));
      return ok({});

    case "sendfile": {
      if (!(FILE_TYPES as readonly string[]).includes(params.type!)) return fail("INCORRECT_FILETYPE");
      if (!isPublicHttpUrl(params.fileurl!)) return fail("INCORRECT_FILEURL");
      const thumbUrl = present(params.thumburl) ? params.thumburl : null;
      if (thumbUrl !== null && !isPublicHttpUrl(thumbUrl)) return fail("INCORRECT_THUMBURL");
      if (!(await chatExists(db, channel.id, destination))) return fail("CHAT_NOT_FOUND");
      await insertMessage(
        db,
        outbound(channel, destination, now(), { message: params.message ?? "", fileType: params.type!, fileUrl: params.fileurl!, thumbUrl }),
      );
      return ok({});
    }

    case "getchats": {
      await promoteDelivered(db, now());
      const latest = await latestMessagePerChat(db, channel.id);
      return ok({ list: latest.map((m) => toWire(channel, m)) });
    }

    case "getmessages": {
      if (!(await chatExists(db, channel.id, destination))) return fail("CHAT_NOT_FOUND");
      await promoteDelivered(db, now());
      const messages = await chatMessages(db, channel.id, destination);
      return ok({ list: messages.map((m) => toWire(channel, m)) });
    }

    case "getunreadmessages": {
      if (!(await chatExists(db, channel.id, destination))) return fail("CHAT_NOT_FOUND");
      const unread = await takeUnread(db, channel.id, destination);
      return ok({ list: unread.map((m) => toUnreadWire(channel, m)) });
    }
  }
}

function outbound(
  channel: SandboxChannel,
  destination: string,
  createdAt: Date,
  content: { message: string; fileType?: string; fileUrl?: string; thumbUrl?: string | null },
) {
  return { channelId: channel.id, destination, sent: 1, status: "sent", readByOperator: true, createdAt, ...content };
}

export function toWire(channel: SandboxChannel, m: SandboxMessage): WireMessage {
  return {
    platformid: channel.platformId,
    platform: channel.platform,
    message: m.message !== "" ? m.message : (m.fileUrl ?? ""),
    destination: m.destination,
    messageid: String(m.id),
    sent: m.sent === 1 ? 1 : 0,
    status: m.status,
    datetime: formatProviderDatetime(m.createdAt),
  };
}

function toUnreadWire(channel: SandboxChannel, m: SandboxMessage): WireUnreadMessage {
  const { sent, ...rest } = toWire(channel, m);
  return { ...rest, issent: sent };
}

// Hashing first gives both sides the same length, which timingSafeEqual requires.
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}
