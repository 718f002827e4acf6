/** The app's own view of the provider: nothing outside lib/afilnet sees wire shapes. */

export const PLATFORMS = ["webchat", "whatsapp", "telegram", "operator"] as const;
export type Platform = (typeof PLATFORMS)[number];

export const FILE_TYPES = ["image", "video", "audio", "voice", "document", "contact"] as const;
export type FileType = (typeof FILE_TYPES)[number];

export interface ChannelRef {
  platform: string;
  platformId: string;
}

export interface ChatRef extends ChannelRef {
  destination: string;
}

export interface ProviderChannel extends ChannelRef {
  name: string;
}

export interface ProviderMessage extends ChatRef {
  messageId: string;
  /** outbound = sent by the account (`sent`/`issent` = 1); inbound = written by the contact. */
  direction: "inbound" | "outbound";
  text: string;
  /** The provider's status, raw (case kept); may be empty. */
  status: string;
  sentAt: Date;
}

export interface SendResult {
  /** Present only when the provider returned one (the documented answer carries none). */
  messageId: string | null;
}

export interface SendMessageInput extends ChatRef {
  message: string;
}

export interface SendFileInput extends ChatRef {
  type: FileType;
  fileUrl: string;
  thumbUrl?: string;
  message?: string;
}

/** The provider, behind an interface: live Afilnet, the sandbox or a test server all fit. */
export interface AfilnetClient {
  getChatChannels(): Promise<ProviderChannel[]>;
  sendMessage(input: SendMessageInput): Promise<SendResult>;
  sendFile(input: SendFileInput): Promise<SendResult>;
  /** One entry per chat (destination), carrying its latest message, newest first. */
  getChats(channel: ChannelRef): Promise<ProviderMessage[]>;
  /** How long one request may take before it counts as a timeout (ms). */
  readonly timeoutMs: number;
  /** A chat's messages, oldest first. */
  getMessages(chat: ChatRef): Promise<ProviderMessage[]>;
  getUnreadMessages(chat: ChatRef): Promise<ProviderMessage[]>;
}

export interface AfilnetClientOptions {
  user: string;
  password: string;
  auth: "post" | "basic" | "get";
  /** Base of the HTTP API, e.g. https://www.afilnet.com/api/http/ ; `basic` uses the sibling …/api/basic/. */
  apiUrl: string;
  /** IANA zone of the provider's `YYYY-MM-DD HH:mm:ss` datetimes. */
  timezone: string;
  /** Per-request timeout; default 10 000 ms. */
  timeoutMs?: number;
  /** Extra attempts for reads after a transport failure; default 2. Sends are never retried. */
  readRetries?: number;
  /** Told of every request to the provider (each attempt), for metrics: no fields, no credentials. */
  onCall?: (call: AfilnetCallReport) => void;
}

export interface AfilnetCallReport {
  method: string;
  outcome: "ok" | "api_error" | "transport_error";
  /** The provider's error code, or the transport failure's kind (timeout, http_status, …). */
  code?: string;
  durationMs: number;
}
