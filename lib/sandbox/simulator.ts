import "server-only";
import type { Db } from "@/lib/db/client";
import {
  chatMessages,
  findChannelById,
  INBOUND_STATUS,
  insertMessage,
  latestMessagePerChat,
  listChannels,
  markOperatorMessagesRead,
  promoteDelivered,
  type SandboxChannel,
  type SandboxMessage,
} from "./store";
import {
  contactMessageSchema,
  destinationSchema,
  type SimulatorChannel,
  type SimulatorChannelsResponse,
  type SimulatorChatResponse,
  type SimulatorChatsResponse,
  type SimulatorErrorBody,
  type SimulatorMessage,
  type SimulatorSendResponse,
} from "./simulator-schema";

/** The contact's side of the sandbox: what a person (or a browser test) playing the customer does. */

export class SimulatorError extends Error {
  constructor(
    readonly code: SimulatorErrorBody["error"]["code"],
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = "SimulatorError";
  }

  toBody(): SimulatorErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) } };
  }
}

interface Clock {
  now?: () => Date;
}

export async function listSimulatorChannels(db: Db): Promise<SimulatorChannelsResponse> {
  return { channels: (await listChannels(db)).map(toChannelView) };
}

export async function listSimulatorChats(db: Db, channelId: string | number, clock: Clock = {}): Promise<SimulatorChatsResponse> {
  const channel = await requireChannel(db, channelId);
  await promoteDelivered(db, (clock.now ?? (() => new Date()))());
  const latest = await latestMessagePerChat(db, channel.id);
  return {
    channel: toChannelView(channel),
    chats: latest.map((m) => ({ destination: m.destination, lastMessage: { text: displayText(m), from: from(m), at: m.createdAt.toISOString() } })),
  };
}

/** The contact opens the chat: every operator message in it is now `read`. */
export async function readSimulatorChat(db: Db, channelId: string | number, destination: string, clock: Clock = {}): Promise<SimulatorChatResponse> {
  const channel = await requireChannel(db, channelId);
  const dest = parseDestination(destination);
  await markOperatorMessagesRead(db, channel.id, dest);
  await promoteDelivered(db, (clock.now ?? (() => new Date()))());
  const messages = await chatMessages(db, channel.id, dest);
  return { channel: toChannelView(channel), destination: dest, messages: messages.map(toMessageView) };
}

/** The contact writes: starts the chat when it is the first message. */
export async function injectInboundMessage(
  db: Db,
  channelId: string | number,
  destination: string,
  body: unknown,
  clock: Clock = {},
): Promise<SimulatorSendResponse> {
  const channel = await requireChannel(db, channelId);
  const dest = parseDestination(destination);
  const parsed = contactMessageSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SimulatorError("invalid_input", issue.message, { [String(issue.path[0] ?? "text")]: issue.message });
  }
  const row = await insertMessage(db, {
    channelId: channel.id,
    destination: dest,
    sent: 0,
    message: parsed.data.text,
    status: INBOUND_STATUS,
    readByOperator: false,
    createdAt: (clock.now ?? (() => new Date()))(),
  });
  return { message: toMessageView(row) };
}

async function requireChannel(db: Db, channelId: string | number): Promise<SandboxChannel> {
  const id = typeof channelId === "number" ? channelId : /^\d{1,10}$/.test(channelId) ? Number(channelId) : NaN;
  const channel = Number.isNaN(id) ? null : await findChannelById(db, id);
  if (!channel) throw new SimulatorError("not_found", "There is no such sandbox channel.");
  return channel;
}

function parseDestination(destination: string): string {
  const parsed = destinationSchema.safeParse(destination);
  if (!parsed.success) {
    const message = parsed.error.issues[0].message;
    throw new SimulatorError("invalid_input", message, { destination: message });
  }
  return parsed.data;
}

function toChannelView(c: SandboxChannel): SimulatorChannel {
  return { id: c.id, platform: c.platform, platformId: c.platformId, name: c.name };
}

const from = (m: SandboxMessage): SimulatorMessage["from"] => (m.sent === 1 ? "operator" : "contact");
const displayText = (m: SandboxMessage) => (m.message !== "" ? m.message : (m.fileUrl ?? ""));

function toMessageView(m: SandboxMessage): SimulatorMessage {
  return {
    id: String(m.id),
    from: from(m),
    text: m.message,
    file: m.fileType && m.fileUrl ? { type: m.fileType, url: m.fileUrl, thumbUrl: m.thumbUrl } : null,
    status: m.status,
    readByOperator: m.readByOperator,
    at: m.createdAt.toISOString(),
  };
}
