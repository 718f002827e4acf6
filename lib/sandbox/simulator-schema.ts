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
