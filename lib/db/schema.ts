import { sql, type SQL } from "drizzle-orm";
import { type AnyPgColumn, bigint, bigserial, customType, boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

// Drizzle has no built-in bytea column; Buffers in and out.
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/*
 * What search matches (lib/search). The indexes below and the queries use these same builders,
 * because PostgreSQL uses an expression index only for the identical expression. The text search
 * configuration `switchboard_search` (migration 0010) folds case and accents.
 */
type Col = AnyPgColumn;
// switchboard_search_vector is to_tsvector with that configuration, declared costly (migration
// 0010) so that the planner reads the GIN index rather than computing it row by row.
export const searchVector = (text: SQL | Col) => sql`switchboard_search_vector(${text})`;
export const contactSearchText = (c: { name: Col; email: Col; destination: Col }) =>
  sql`coalesce(${c.name}, '') || ' ' || coalesce(${c.email}, '') || ' ' || ${c.destination}`;
export const contactDigits = (c: { phone: Col; destination: Col }) =>
  sql`(regexp_replace(coalesce(${c.phone}, ''), '[^0-9]+', '', 'g') || ' ' || regexp_replace(${c.destination}, '[^0-9]+', '', 'g'))`;

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
    /** Seeded in sandbox mode with published passwords: never signs in while the app is live. */
    isDemo: boolean("is_demo").notNull().default(false),
    /** How many open conversations auto-assignment gives this agent at most. */
    capacity: integer("capacity").notNull().default(10),
    /** IANA zone for "tomorrow 9:00" and dates shown to this agent. */
    timeZone: text("time_zone").notNull().default("UTC"),
    /** Last sign of life from an open inbox (event stream heartbeat): "online" is recent. */
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }),
    /**
     * Last input (key, pointer, touch) in any of the agent's tabs, reported at most once a
     * minute: "away" after 5 minutes without. The latest of all tabs, so one idle tab beside a
     * busy one does not make the agent flap.
     */
    lastActiveAt: timestamp("last_active_at", { withTimezone: true }),
    /** Chosen "Away" in the header menu: away until they choose "Online" again, whatever their activity. */
    awayChosen: boolean("away_chosen").notNull().default(false),
    /**
     * When this agent last wrote a reply to a customer (not a note), set with the reply in
     * lib/inbox/reply.ts: the wallboard's "Last reply" without a scan of messages.
     */
    lastReplyAt: timestamp("last_reply_at", { withTimezone: true }),
    /** "en", "fr" or "es"; null = the browser's language. */
    locale: text("locale"),
    /** "system", "light" or "dark". */
    theme: text("theme").notNull().default("system"),
    /** In-tab alerts for customer messages outside the open thread: "all", "new" (new conversations only) or "off". */
    alertMode: text("alert_mode").notNull().default("all"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("agents_email_lower_idx").on(sql`lower(${t.email})`)],
);

/**
 * One row per signed-in browser. The cookie only carries this row's id (signed), so deleting
 * the row ends the session on its next request: sign-out, "Sign out everywhere", a password
 * change and deactivation.
 */
export const agentSessions = pgTable(
  "agent_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agentId: uuid("agent_id")
      .notNull()
      .references(() => agents.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    userAgent: text("user_agent"),
  },
  (t) => [index("agent_sessions_agent_idx").on(t.agentId)],
);

/**
 * Failed sign-ins per key (`account:<email>` or `address:<ip>`), so throttling holds across
 * instances and restarts. A row is cleared by a successful sign-in for its account.
 */
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  /** When the current run of failures began; an old run is forgotten. */
  firstFailureAt: timestamp("first_failure_at", { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});

export const channels = pgTable(
  "channels",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    platform: text("platform").notNull(),
    platformId: text("platform_id").notNull(),
    name: text("name").notNull(),
    /** What the team calls the channel; the provider's name when null. */
    displayName: text("display_name"),
    /** New and reopened conversations go round-robin to online members below capacity. */
    autoAssign: boolean("auto_assign").notNull().default(false),
    /** A customer waiting longer than this for a reply shows amber in the list. */
    waitWarnMinutes: integer("wait_warn_minutes").notNull().default(15),
    /** …and red beyond this (also the wallboard's highlight). */
    waitAlertMinutes: integer("wait_alert_minutes").notNull().default(60),
    /** Inbound messages ever mirrored: unread = this minus what an agent has read. */
    inboundCount: bigint("inbound_count", { mode: "number" }).notNull().default(0),
    /** Still listed by the provider at the last channel refresh. */
    listed: boolean("listed").notNull().default(true),
    lastSyncedAt: timestamp("last_synced_at", { withTimezone: true }),
    lastSyncError: text("last_sync_error"),
    syncFailures: integer("sync_failures").notNull().default(0),
    degradedSince: timestamp("degraded_since", { withTimezone: true }),
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
    status: text("status", { enum: ["open", "pending", "snoozed", "resolved"] }).notNull().default("open"),
    /** Who owns the conversation; null = unassigned (waits for someone, or auto-assignment). */
    assigneeId: uuid("assignee_id").references(() => agents.id, { onDelete: "set null" }),
    /** Set while status = snoozed: the conversation reopens at this time. */
    snoozedUntil: timestamp("snoozed_until", { withTimezone: true }),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }),
    contactId: uuid("contact_id").references(() => contacts.id, { onDelete: "set null" }),
    lastMessageText: text("last_message_text"),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true }),
    lastMessageDirection: text("last_message_direction"),
    /** The provider's id and status of the latest message: what change detection compares. */
    lastProviderMessageId: text("last_provider_message_id"),
    lastProviderStatus: text("last_provider_status"),
    lastInboundAt: timestamp("last_inbound_at", { withTimezone: true }),
    inboundCount: bigint("inbound_count", { mode: "number" }).notNull().default(0),
    /** When the thread was last fetched from the provider (getmessages). */
    mirroredAt: timestamp("mirrored_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("conversations_channel_destination_idx").on(t.channelId, t.destination),
    // Keyset pagination of a channel's list, newest activity first. NULLS FIRST is what a plain
    // `order by … desc` means: with NULLS LAST the planner cannot read the order off this index
    // and sorts the whole channel (75 ms at 100,000 conversations instead of under 1 ms).
    index("conversations_channel_activity_idx").on(t.channelId, t.lastMessageAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // The views (Mine / Unassigned / All by status), each one index range read in list order.
    index("conversations_channel_status_idx").on(t.channelId, t.status, t.lastMessageAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("conversations_assignee_status_idx")
      .on(t.assigneeId, t.status, t.lastMessageAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.assigneeId} is not null`),
    index("conversations_unassigned_idx")
      .on(t.channelId, t.status, t.lastMessageAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.assigneeId} is null`),
    index("conversations_status_activity_idx").on(t.status, t.lastMessageAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // The snooze sweep: only snoozed conversations are in it.
    index("conversations_snoozed_idx")
      .on(t.snoozedUntil)
      .where(sql`${t.status} = 'snoozed'`),
    index("conversations_contact_idx").on(t.contactId),
    // The wallboard's "Waiting": per channel, the oldest unanswered customer message among open
    // conversations, one index read instead of a scan of the channel's open conversations.
    index("conversations_waiting_idx")
      .on(t.channelId, t.lastInboundAt)
      .where(sql`${t.status} = 'open' and ${t.lastMessageDirection} = 'inbound'`),
  ],
);

export const messages = pgTable(
  "messages",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    providerMessageId: text("provider_message_id"),
    direction: text("direction", { enum: ["inbound", "outbound"] }).notNull(),
    kind: text("kind", { enum: ["text", "file", "note"] }).notNull().default("text"),
    body: text("body").notNull().default(""),
    providerStatus: text("provider_status").notNull().default(""),
    sentByAgentId: uuid("sent_by_agent_id").references(() => agents.id, { onDelete: "set null" }),
    /** The provider's datetime (when it happened), not when the mirror saw it. */
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
    // File messages (kind = file): the Afilnet type, the URLs handed to the provider, and the
    // stored upload when the file came from an agent (null for a send by URL).
    fileType: text("file_type", { enum: ["image", "video", "audio", "voice", "document", "contact"] }),
    fileUrl: text("file_url"),
    thumbUrl: text("thumb_url"),
    fileId: uuid("file_id").references(() => files.id, { onDelete: "set null" }),
    // The outbox: a reply written here is stored first and sent by lib/outbox. Null for messages
    // that only came from the provider.
    idempotencyKey: text("idempotency_key"),
    delivery: text("delivery", { enum: ["pending", "sending", "sent", "failed"] }),
    deliveryAttempts: integer("delivery_attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    /** A worker holds the send until then; past it, the send is taken again (after a crash). */
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    /** Set once a send may have taken effect without an answer: look upstream before resending. */
    ambiguousSince: timestamp("ambiguous_since", { withTimezone: true }),
    lastErrorCode: text("last_error_code"),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("messages_provider_id_idx").on(t.conversationId, t.providerMessageId),
    // A thread page: a conversation's messages in order, newest pages first.
    index("messages_thread_idx").on(t.conversationId, t.sentAt, t.id),
    uniqueIndex("messages_idempotency_key_idx").on(t.idempotencyKey),
    // The file sweep asks "does any message use this file?" for every candidate.
    index("messages_file_idx")
      .on(t.fileId)
      .where(sql`${t.fileId} is not null`),
    // The outbox's queue: only unsent replies are in it.
    index("messages_outbox_idx")
      .on(t.nextAttemptAt, t.id)
      .where(sql`${t.delivery} in ('pending', 'sending')`),
    // Search (lib/search): words of the body, accents and case folded (the text search
    // configuration made in migration 0010). An expression, not a column: adding it indexes
    // existing rows without rewriting the table.
    index("messages_search_idx").using("gin", searchVector(t.body)),
  ],
);

/** Uploaded files (and generated contact cards), served at unguessable URLs under PUBLIC_URL. */
export const files = pgTable(
  "files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** 32 random bytes, base64url: the secret part of the public URL. */
    token: text("token").notNull(),
    /** A display name, cleaned; never used as a path. */
    name: text("name").notNull(),
    mime: text("mime").notNull(),
    type: text("type", { enum: ["image", "video", "audio", "voice", "document", "contact"] }).notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    /** Where the bytes are: a file under DATA_DIR, or the file_blobs table (several instances). */
    storage: text("storage", { enum: ["disk", "database"] }).notNull(),
    hasThumbnail: boolean("has_thumbnail").notNull().default(false),
    uploadedBy: uuid("uploaded_by").references(() => agents.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("files_token_idx").on(t.token)],
);

/**
 * File bytes kept in PostgreSQL when DATABASE_URL is set, so every instance can serve them.
 * `data` holds a file of up to one chunk (1 MiB); a larger one is in file_chunks and `data` is
 * null. Rows written before chunking may hold any size in `data`.
 */
export const fileBlobs = pgTable("file_blobs", {
  fileId: uuid("file_id")
    .primaryKey()
    .references(() => files.id, { onDelete: "cascade" }),
  data: bytea("data"),
  thumbnail: bytea("thumbnail"),
});

/**
 * A large file's bytes in 1 MiB pieces, every one full but the last, so byte N is in chunk
 * floor(N / 1 MiB): written and read one chunk at a time, never the whole file in memory.
 * `data` is stored uncompressed (SET STORAGE EXTERNAL in migration 0006, which Drizzle cannot
 * express) so that reading a slice of a chunk fetches only that slice.
 */
export const fileChunks = pgTable(
  "file_chunks",
  {
    fileId: uuid("file_id")
      .notNull()
      .references(() => files.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    data: bytea("data").notNull(),
  },
  (t) => [primaryKey({ columns: [t.fileId, t.seq] })],
);

/** How many of a conversation's inbound messages an agent has read. */
export const readMarkers = pgTable(
  "read_markers",
  {
    agentId: uuid("agent_id")
      .notNull()
      .references(() => agents.id, { onDelete: "cascade" }),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    readInboundCount: bigint("read_inbound_count", { mode: "number" }).notNull().default(0),
    readAt: timestamp("read_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.agentId, t.conversationId] })],
);

/** Per agent and channel, the sum of its read markers: channel unread = inboundCount - this. */
export const channelReads = pgTable(
  "channel_reads",
  {
    agentId: uuid("agent_id")
      .notNull()
      .references(() => agents.id, { onDelete: "cascade" }),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    readInboundSum: bigint("read_inbound_sum", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.agentId, t.channelId] })],
);

/** Recent change events (ids and counts only), for NOTIFY fan-out and Last-Event-ID replay. */
export const events = pgTable(
  "events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    type: text("type").notNull(),
    channelId: uuid("channel_id"),
    /** Set for events meant for one agent only (e.g. their read marker moved). */
    agentId: uuid("agent_id"),
    payload: jsonb("payload").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("events_created_idx").on(t.createdAt)],
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

/** Which channels an agent (role agent) works in. Admins and supervisors see every channel. */
export const channelMembers = pgTable(
  "channel_members",
  {
    agentId: uuid("agent_id")
      .notNull()
      .references(() => agents.id, { onDelete: "cascade" }),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    /** Round-robin order of auto-assignment: the member assigned longest ago goes first. */
    lastAssignedAt: timestamp("last_assigned_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.agentId, t.channelId] }), index("channel_members_channel_idx").on(t.channelId)],
);

/**
 * Conversations per (channel, assignee, status), kept by a trigger on conversations (migration
 * 0007): the view tabs' counts are sums of a few rows, never scans. `assignee_key` is the
 * assignee, or the nil uuid for unassigned. Only listed conversations (with a message) count.
 */
export const conversationCounts = pgTable(
  "conversation_counts",
  {
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    assigneeKey: uuid("assignee_key").notNull(),
    status: text("status").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.channelId, t.assigneeKey, t.status] }), index("conversation_counts_assignee_idx").on(t.assigneeKey, t.status)],
);

/** One person writing in, per platform and destination, across every channel of that platform. */
export const contacts = pgTable(
  "contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    platform: text("platform").notNull(),
    destination: text("destination").notNull(),
    name: text("name"),
    email: text("email"),
    phone: text("phone"),
    notes: text("notes"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("contacts_platform_destination_idx").on(t.platform, t.destination),
    // Search by name, email or destination (words and prefixes, accents folded)…
    index("contacts_search_idx").using("gin", searchVector(contactSearchText(t))),
    // …and by any run of a phone number's digits, however it was typed ("+34 600…", "600-12…").
    index("contacts_digits_idx").using("gin", sql`${contactDigits(t)} gin_trgm_ops`),
  ],
);

/** An agent named with @ in an internal note: the "Mentions" view and its unread mark. */
export const mentions = pgTable(
  "mentions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    messageId: bigint("message_id", { mode: "number" })
      .notNull()
      .references(() => messages.id, { onDelete: "cascade" }),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    agentId: uuid("agent_id")
      .notNull()
      .references(() => agents.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("mentions_message_agent_idx").on(t.messageId, t.agentId), index("mentions_agent_idx").on(t.agentId, t.id.desc())],
);

/** Saved answers typed with "/shortcut"; variables are filled in when sent. */
export const cannedReplies = pgTable(
  "canned_replies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    shortcut: text("shortcut").notNull(),
    body: text("body").notNull(),
    createdBy: uuid("created_by").references(() => agents.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("canned_replies_shortcut_idx").on(sql`lower(${t.shortcut})`)],
);

export const labels = pgTable(
  "labels",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    /** #rrggbb */
    color: text("color").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("labels_name_idx").on(sql`lower(${t.name})`)],
);

export const conversationLabels = pgTable(
  "conversation_labels",
  {
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    labelId: uuid("label_id")
      .notNull()
      .references(() => labels.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.labelId] }), index("conversation_labels_label_idx").on(t.labelId, t.conversationId)],
);

/**
 * Append-only record of who did what (a trigger in migration 0007 refuses UPDATE and DELETE).
 * The actor's email is copied so the record outlives the account.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("actor_id"),
    actorEmail: text("actor_email"),
    kind: text("kind").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    /** The client address, for sign-in events. */
    address: text("address"),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at.desc(), t.id.desc()),
    index("audit_log_actor_idx").on(t.actorId, t.id.desc()),
    index("audit_log_kind_idx").on(t.kind, t.id.desc()),
  ],
);

/**
 * One Web Push subscription per browser (device) an agent allowed notifications on, with that
 * device's choice of events. Removed when the push service answers 404/410 for it.
 */
export const pushSubscriptions = pgTable(
  "push_subscriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agentId: uuid("agent_id")
      .notNull()
      .references(() => agents.id, { onDelete: "cascade" }),
    endpoint: text("endpoint").notNull(),
    p256dh: text("p256dh").notNull(),
    auth: text("auth").notNull(),
    /** A customer message in a conversation assigned to the agent, or unassigned in its channels. */
    notifyMessages: boolean("notify_messages").notNull().default(true),
    notifyMentions: boolean("notify_mentions").notNull().default(true),
    notifyAssignments: boolean("notify_assignments").notNull().default(true),
    /** Shown in the settings list ("Chrome on Android"). */
    userAgent: text("user_agent"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSentAt: timestamp("last_sent_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("push_subscriptions_endpoint_idx").on(t.endpoint), index("push_subscriptions_agent_idx").on(t.agentId)],
);

/*
 * Reports (issue 10): aggregates kept by triggers on messages and conversations (migration
 * 0012) in the same transaction as every write, so no write path can forget them; reports read
 * these, never messages. `npm run reports:rebuild` recomputes them (lib/reports/rebuild.ts).
 */

/**
 * One support "cycle" of a conversation: from the customer's first message while no cycle is
 * open (new, or after a resolution) to the resolution. `ordinal` counts a conversation's cycles
 * from 1: every cycle after the first is a reopening.
 */
export const reportCycles = pgTable(
  "report_cycles",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    /** Who handled it: the assignee at resolution; while open, the current assignee. */
    assigneeId: uuid("assignee_id").references(() => agents.id, { onDelete: "set null" }),
    ordinal: integer("ordinal").notNull(),
    /** The provider's time of the customer message that opened the cycle. */
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull(),
    /** The first reply an agent wrote here (not a note, not a message from outside the app). */
    firstResponseAt: timestamp("first_response_at", { withTimezone: true }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    /** Messages (not notes) whose time falls in the cycle: message counts under a label filter. */
    messagesIn: integer("messages_in").notNull().default(0),
    messagesOut: integer("messages_out").notNull().default(0),
  },
  (t) => [
    index("report_cycles_opened_idx").on(t.openedAt),
    index("report_cycles_first_response_idx").on(t.firstResponseAt),
    index("report_cycles_resolved_idx").on(t.resolvedAt),
    // At most one open cycle per conversation; also how a new message finds it.
    uniqueIndex("report_cycles_open_idx")
      .on(t.conversationId)
      .where(sql`${t.resolvedAt} is null`),
    index("report_cycles_conversation_idx").on(t.conversationId, t.openedAt),
  ],
);

/**
 * Messages (not notes) per UTC hour and channel; outbound ones also per sending agent
 * (`agent_key`, the nil uuid for inbound messages and for outbound ones sent outside the app).
 */
export const reportHourly = pgTable(
  "report_hourly",
  {
    hour: timestamp("hour", { withTimezone: true }).notNull(),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    agentKey: uuid("agent_key").notNull(),
    messagesIn: integer("messages_in").notNull().default(0),
    messagesOut: integer("messages_out").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.hour, t.channelId, t.agentKey] })],
);

/** Deployment-wide report settings: one row (id = 1), absent until an admin saves them. */
export const reportSettings = pgTable("report_settings", {
  id: integer("id").primaryKey().default(1),
  /** IANA zone days and hours are counted in; AFILNET_TIMEZONE while there is no row. */
  timeZone: text("time_zone").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
