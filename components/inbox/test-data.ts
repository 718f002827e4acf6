import type { ChannelView, ConversationView, MessageView, ThreadResponse } from "@/lib/inbox/types";
import type { ConversationPages, ThreadPages } from "./inbox-keys";

/** Builders for the cache tests: the API's shapes with only what a test cares about spelled out. */

export function channel(over: Partial<ChannelView> = {}): ChannelView {
  const inboundCount = over.inboundCount ?? 0;
  const readInboundSum = over.readInboundSum ?? 0;
  return {
    id: "ch1",
    platform: "whatsapp",
    platformId: "1",
    name: "WhatsApp Support",
    providerName: "WhatsApp Support",
    inboundCount,
    readInboundSum,
    unreadCount: Math.max(0, inboundCount - readInboundSum),
    health: { degraded: false, lastSyncedAt: null, lastSyncError: null },
    wait: { warnMinutes: 15, alertMinutes: 60 },
    ...over,
  };
}

export function conversation(id: string, at: string | null, over: Partial<ConversationView> = {}): ConversationView {
  const inboundCount = over.inboundCount ?? 0;
  const readInboundCount = over.readInboundCount ?? 0;
  return {
    id,
    channelId: "ch1",
    destination: `+34 ${id}`,
    lastMessage: at ? { text: `last of ${id}`, direction: "inbound", at, author: null } : null,
    lastInboundAt: at,
    inboundCount,
    readInboundCount,
    unreadCount: Math.max(0, inboundCount - readInboundCount),
    status: "open",
    snoozedUntil: null,
    assigneeId: null,
    assignee: null,
    contactName: null,
    phone: null,
    labels: [],
    ...over,
  };
}

export function listPages(...pages: { rows: ConversationView[]; nextCursor: string | null }[]): ConversationPages {
  return {
    pages: pages.map((p) => ({ channel: channel(), conversations: p.rows, nextCursor: p.nextCursor })),
    pageParams: pages.map((_, i) => (i === 0 ? null : `cursor${i}`)),
  };
}

export function message(id: number, at: string, over: Partial<MessageView> = {}): MessageView {
  return {
    id,
    providerMessageId: `p${id}`,
    direction: "inbound",
    kind: "text",
    text: `message ${id}`,
    file: null,
    status: "received",
    delivery: null,
    error: null,
    errorCode: null,
    sentBy: null,
    at,
    ...over,
  };
}

export function threadPage(messages: MessageView[], over: Partial<ThreadResponse> = {}): ThreadResponse {
  return { silent: false, conversation: conversation("c1", messages.at(-1)?.at ?? null), channel: channel(), messages, olderCursor: null, ...over };
}

export function threadPages(...pages: ThreadResponse[]): ThreadPages {
  return { pages, pageParams: pages.map((_, i) => (i === 0 ? null : `older${i}`)) };
}
