import { z } from "zod";
import { hasNul, nulMessage } from "@/lib/validation/text";

/** The contact simulator's input rules and JSON shapes. Safe to import from client components. */

export const DESTINATION_PATTERN = /^[A-Za-z0-9+._@-]{1,64}$/;
export const CONTACT_MESSAGE_MAX_LENGTH = 4096;

export const destinationSchema = z
  .string()
  .min(1, "Enter a phone number or a name.")
  .max(64, "Use at most 64 characters.")
  .regex(DESTINATION_PATTERN, "Use only letters, digits and + . _ @ - (no spaces).");

export const contactMessageSchema = z.object(
  {
    text: z
      .string({ error: "Write a message." })
      .refine((t) => t.trim() !== "", "Write a message.")
      .refine((t) => t.length <= CONTACT_MESSAGE_MAX_LENGTH, `Keep it to ${CONTACT_MESSAGE_MAX_LENGTH} characters or fewer.`)
      .refine((t) => !hasNul(t), nulMessage("Messages")),
  },
  { error: 'Send a JSON object such as { "text": "Hello" }.' },
);

export interface SimulatorChannel {
  id: number;
  platform: string;
  platformId: string;
  name: string;
}

export interface SimulatorChat {
  destination: string;
  lastMessage: { text: string; from: "contact" | "operator"; at: string };
}

export interface SimulatorMessage {
  id: string;
  from: "contact" | "operator";
  text: string;
  file: { type: string; url: string; thumbUrl: string | null } | null;
  /** Operator messages: sent, delivered, read. Contact messages: received. */
  status: string;
  /** Contact messages: whether the operator fetched it as unread (getunreadmessages). */
  readByOperator: boolean;
  /** ISO 8601 */
  at: string;
}

export interface SimulatorChannelsResponse {
  channels: SimulatorChannel[];
}
export interface SimulatorChatsResponse {
  channel: SimulatorChannel;
  chats: SimulatorChat[];
}
export interface SimulatorChatResponse {
  channel: SimulatorChannel;
  destination: string;
  messages: SimulatorMessage[];
}
export interface SimulatorSendResponse {
  message: SimulatorMessage;
}
export interface SimulatorErrorBody {
  error: { code: "not_found" | "invalid_input"; message: string; fields?: Record<string, string> };
}

/**
 * Generated long histories (POST /sandbox/simulator/channels/:id/history, issue 12 part 4). One
 * request adds at most this many messages: a 20,000-message thread, or 2,000 short chats.
 */
export const BULK_MAX_MESSAGES = 20_000;
export const bulkHistorySchema = z
  .object({
    /** The chat's destination, or with `chats` > 1 the prefix of `<prefix>-1` … `<prefix>-N`. */
    destination: destinationSchema.refine((d) => d.length <= 56, "Use at most 56 characters."),
    chats: z.number({ error: "Give a number of chats." }).int().min(1).max(BULK_MAX_MESSAGES),
    messagesPerChat: z.number({ error: "Give a number of messages per chat." }).int().min(1).max(BULK_MAX_MESSAGES),
    /** Who writes: alternate (contact first) or only the account, so no chat is left unread. */
    from: z.enum(["both", "operator"]).default("both"),
  })
  .refine((b) => b.chats * b.messagesPerChat <= BULK_MAX_MESSAGES, {
    message: `At most ${BULK_MAX_MESSAGES} messages per request.`,
    path: ["messagesPerChat"],
  });

export type BulkHistoryInput = z.infer<typeof bulkHistorySchema>;

// Varied lengths (one line to a long paragraph, some with line breaks) so rows differ in height.
const FILLERS = [
  "",
  "Thanks!",
  "Could you check the order status for me, please?",
  "I tried again this morning and it still says the payment is pending.\nIs there anything I should do on my side?",
  "Sure — the parcel left our warehouse yesterday and should arrive within two working days. You will get an email with the tracking link as soon as the carrier scans it.",
  "Line one\nLine two\nLine three",
];

/** The text of message `n` (1 = oldest) of a chat: numbered, so a test can find the first and the last. */
export function bulkMessageText(destination: string, n: number): string {
  const filler = FILLERS[n % FILLERS.length];
  return filler ? `${destination} #${n}: ${filler}` : `${destination} #${n}`;
}

