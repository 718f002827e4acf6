import "server-only";
import { AfilnetApiError, AfilnetTransportError, type AfilnetMethod } from "./errors";
import { exchange } from "./http";
import {
  channelRefSchema,
  chatRefSchema,
  parseInput,
  sendFileInputSchema,
  sendMessageInputSchema,
} from "./inputs";
import { resolveOptions } from "./options";
import { latestPerChat, sortOldestFirst } from "./ordering";
import { redact } from "./redact";
import type { AfilnetClient, AfilnetClientOptions, ChannelRef, ChatRef } from "./types";
import { parseChannelList, parseMessageList, parseSendResult, readEnvelope } from "./wire";

/**
 * The client for Afilnet's `chat` class. Reads are retried after transport failures; sends
 * never are, because a timed-out send may have been delivered: the outbox decides, after
 * looking upstream.
 */
export function createAfilnetClient(options: AfilnetClientOptions): AfilnetClient {
  const { transport, timezone, readRetries } = resolveOptions(options);
  const report = options.onCall ?? (() => {});

  async function afilnetCall(
    method: AfilnetMethod,
    fields: Record<string, string>,
    { read }: { read: boolean },
  ): Promise<unknown> {
    const attempts = read ? 1 + readRetries : 1;
    for (let attempt = 1; ; attempt++) {
      const started = performance.now();
      try {
        const envelope = readEnvelope(await exchange(transport, method, fields));
        if (!envelope) {
          throw new AfilnetTransportError("answer is JSON but not the {status, result|error} envelope", {
            kind: "malformed",
            method,
            reachedServer: "yes",
            status: 200,
          });
        }
        if (!envelope.ok) throw new AfilnetApiError(method, redact(envelope.code, transport));
        report({ method, outcome: "ok", durationMs: performance.now() - started });
        return envelope.result;
      } catch (error) {
        const durationMs = performance.now() - started;
        if (error instanceof AfilnetApiError) report({ method, outcome: "api_error", code: error.code, durationMs });
        if (!(error instanceof AfilnetTransportError)) throw error;
        report({ method, outcome: "transport_error", code: error.kind, durationMs });
        error.attempts = attempt;
        if (!error.retryable || attempt >= attempts) throw error;
        await sleep(backoffMs(attempt));
      }
    }
  }

  const chatFields = (chat: ChatRef) => ({
    platform: chat.platform,
    platformid: chat.platformId,
    destination: chat.destination,
  });

  async function listMessages(method: "getmessages" | "getunreadmessages", input: ChatRef) {
    const chat = parseInput(method, chatRefSchema, input);
    const result = await afilnetCall(method, chatFields(chat), { read: true });
    return sortOldestFirst(parseMessageList(method, result, timezone, chat));
  }

  return {
    timeoutMs: transport.timeoutMs,

    async getChatChannels() {
      return parseChannelList("getchatchannels", await afilnetCall("getchatchannels", {}, { read: true }));
    },

    async sendMessage(input) {
      const { message, ...chat } = parseInput("sendmessage", sendMessageInputSchema, input);
      const result = await afilnetCall("sendmessage", { ...chatFields(chat), message }, { read: false });
      return parseSendResult(result);
    },

    async sendFile(input) {
      const { type, fileUrl, thumbUrl, message, ...chat } = parseInput("sendfile", sendFileInputSchema, input);
      const fields: Record<string, string> = { ...chatFields(chat), type, fileurl: fileUrl };
      if (thumbUrl) fields.thumburl = thumbUrl;
      if (message) fields.message = message;
      return parseSendResult(await afilnetCall("sendfile", fields, { read: false }));
    },

    async getChats(input: ChannelRef) {
      const channel = parseInput("getchats", channelRefSchema, input);
      const fields = { platform: channel.platform, platformid: channel.platformId };
      const result = await afilnetCall("getchats", fields, { read: true });
      return latestPerChat(parseMessageList("getchats", result, timezone, channel));
    },

    getMessages: (chat) => listMessages("getmessages", chat),
    getUnreadMessages: (chat) => listMessages("getunreadmessages", chat),
  };
}

/** 200 ms, 400 ms, 800 ms… plus jitter, so instances that failed together do not retry together. */
function backoffMs(attempt: number): number {
  return 200 * 2 ** (attempt - 1) + Math.floor(Math.random() * 100);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
