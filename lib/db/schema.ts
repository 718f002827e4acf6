import { sql } from "drizzle-orm";
import { bigserial, boolean, index, pgEnum, pgTable, serial, text, timestamp, uniqueIndex, uuid, integer } from "drizzle-orm/pg-core";

export const agentRole = pgEnum("agent_role", ["admin", "supervisor", "agent"]);

export const agents = pgTable(
  "agents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: agentRole("role").notNull().default("agent"),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("agents_email_lower_idx").on(sql`lower(${t.email})`)],
);

export const channels = pgTable(
  "channels",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    platform: text("platform").notNull(),
    platformId: text("platform_id").notNull(),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("channels_platform_idx").on(t.platform, t.platformId)],
);

export const conversations = pgTable(
  "conversations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    destination: text("destination").notNull(),
    status: text("status").notNull().default("open"),
    lastMessageText: text("last_message_text"),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true }),
    lastMessageDirection: text("last_message_direction"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("conversations_channel_destination_idx").on(t.channelId, t.destination),
    index("conversations_channel_activity_idx").on(t.channelId, t.lastMessageAt),
  ],
);

// The sandbox's own state: what a faithful Afilnet stand-in holds. Nothing of the app reads it.
export const sandboxChannels = pgTable(
  "sandbox_channels",
  {
    id: serial("id").primaryKey(),
    platform: text("platform").notNull(),
    platformId: text("platform_id").notNull(),
    name: text("name").notNull(),
  },
  (t) => [uniqueIndex("sandbox_channels_platform_idx").on(t.platform, t.platformId)],
);

export const sandboxMessages = pgTable(
  "sandbox_messages",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    channelId: integer("channel_id")
      .notNull()
      .references(() => sandboxChannels.id, { onDelete: "cascade" }),
    destination: text("destination").notNull(),
    /** 1 = sent by the account (operator), 0 = written by the contact, as on the wire. */
    sent: integer("sent").notNull(),
    message: text("message").notNull().default(""),
    fileType: text("file_type"),
    fileUrl: text("file_url"),
    thumbUrl: text("thumb_url"),
    status: text("status").notNull(),
    readByOperator: boolean("read_by_operator").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sandbox_messages_chat_idx").on(t.channelId, t.destination, t.id)],
);
