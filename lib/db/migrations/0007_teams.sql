CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_email" text,
	"kind" text NOT NULL,
	"target_type" text,
	"target_id" text,
	"before" jsonb,
	"after" jsonb,
	"address" text
);
--> statement-breakpoint
CREATE TABLE "canned_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shortcut" text NOT NULL,
	"body" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "channel_members" (
	"agent_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"last_assigned_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "channel_members_agent_id_channel_id_pk" PRIMARY KEY("agent_id","channel_id")
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"platform" text NOT NULL,
	"destination" text NOT NULL,
	"name" text,
	"email" text,
	"phone" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversation_counts" (
	"channel_id" uuid NOT NULL,
	"assignee_key" uuid NOT NULL,
	"status" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "conversation_counts_channel_id_assignee_key_status_pk" PRIMARY KEY("channel_id","assignee_key","status")
);
--> statement-breakpoint
CREATE TABLE "conversation_labels" (
	"conversation_id" uuid NOT NULL,
	"label_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_labels_conversation_id_label_id_pk" PRIMARY KEY("conversation_id","label_id")
);
--> statement-breakpoint
CREATE TABLE "labels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"color" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"message_id" bigint NOT NULL,
	"conversation_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "capacity" integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "last_seen_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "channels" ADD COLUMN "display_name" text;--> statement-breakpoint
ALTER TABLE "channels" ADD COLUMN "auto_assign" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "assignee_id" uuid;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "snoozed_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "status_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "contact_id" uuid;--> statement-breakpoint
ALTER TABLE "canned_replies" ADD CONSTRAINT "canned_replies_created_by_agents_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."agents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_members" ADD CONSTRAINT "channel_members_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_members" ADD CONSTRAINT "channel_members_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_counts" ADD CONSTRAINT "conversation_counts_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_labels" ADD CONSTRAINT "conversation_labels_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_labels" ADD CONSTRAINT "conversation_labels_label_id_labels_id_fk" FOREIGN KEY ("label_id") REFERENCES "public"."labels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_kind_idx" ON "audit_log" USING btree ("kind","id" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "canned_replies_shortcut_idx" ON "canned_replies" USING btree (lower("shortcut"));--> statement-breakpoint
CREATE INDEX "channel_members_channel_idx" ON "channel_members" USING btree ("channel_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_platform_destination_idx" ON "contacts" USING btree ("platform","destination");--> statement-breakpoint
CREATE INDEX "conversation_counts_assignee_idx" ON "conversation_counts" USING btree ("assignee_key","status");--> statement-breakpoint
CREATE INDEX "conversation_labels_label_idx" ON "conversation_labels" USING btree ("label_id","conversation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "labels_name_idx" ON "labels" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "mentions_message_agent_idx" ON "mentions" USING btree ("message_id","agent_id");--> statement-breakpoint
CREATE INDEX "mentions_agent_idx" ON "mentions" USING btree ("agent_id","id" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_assignee_id_agents_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."agents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversations_channel_status_idx" ON "conversations" USING btree ("channel_id","status","last_message_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "conversations_assignee_status_idx" ON "conversations" USING btree ("assignee_id","status","last_message_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "conversations"."assignee_id" is not null;--> statement-breakpoint
CREATE INDEX "conversations_unassigned_idx" ON "conversations" USING btree ("channel_id","status","last_message_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "conversations"."assignee_id" is null;--> statement-breakpoint
CREATE INDEX "conversations_status_activity_idx" ON "conversations" USING btree ("status","last_message_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "conversations_snoozed_idx" ON "conversations" USING btree ("snoozed_until") WHERE "conversations"."status" = 'snoozed';--> statement-breakpoint
CREATE INDEX "conversations_contact_idx" ON "conversations" USING btree ("contact_id");--> statement-breakpoint
-- The view tabs' counts: conversation_counts follows every insert, delete and change of channel,
-- assignee, status or listing (a first message) of a conversation, in the same transaction.
CREATE FUNCTION conversation_counts_add(p_channel uuid, p_assignee uuid, p_status text, p_delta integer) RETURNS void AS $$
BEGIN
  INSERT INTO conversation_counts (channel_id, assignee_key, status, count)
  VALUES (p_channel, coalesce(p_assignee, '00000000-0000-0000-0000-000000000000'::uuid), p_status, p_delta)
  ON CONFLICT (channel_id, assignee_key, status) DO UPDATE SET count = conversation_counts.count + EXCLUDED.count;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE FUNCTION conversation_counts_follow() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.last_message_at IS NOT NULL THEN
      PERFORM conversation_counts_add(NEW.channel_id, NEW.assignee_id, NEW.status, 1);
    END IF;
  ELSIF TG_OP = 'DELETE' THEN
    IF OLD.last_message_at IS NOT NULL THEN
      PERFORM conversation_counts_add(OLD.channel_id, OLD.assignee_id, OLD.status, -1);
    END IF;
  ELSIF (OLD.last_message_at IS NULL) <> (NEW.last_message_at IS NULL)
     OR OLD.channel_id <> NEW.channel_id
     OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id
     OR OLD.status <> NEW.status THEN
    IF OLD.last_message_at IS NOT NULL THEN
      PERFORM conversation_counts_add(OLD.channel_id, OLD.assignee_id, OLD.status, -1);
    END IF;
    IF NEW.last_message_at IS NOT NULL THEN
      PERFORM conversation_counts_add(NEW.channel_id, NEW.assignee_id, NEW.status, 1);
    END IF;
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER conversation_counts_follow
AFTER INSERT OR DELETE OR UPDATE OF channel_id, assignee_id, status, last_message_at ON conversations
FOR EACH ROW EXECUTE FUNCTION conversation_counts_follow();
--> statement-breakpoint
INSERT INTO conversation_counts (channel_id, assignee_key, status, count)
SELECT channel_id, coalesce(assignee_id, '00000000-0000-0000-0000-000000000000'::uuid), status, count(*)
FROM conversations WHERE last_message_at IS NOT NULL GROUP BY 1, 2, 3;
--> statement-breakpoint
-- The audit log is append-only: what happened cannot be rewritten, even by the app.
CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
-- Sandbox data from before channel membership: the demo agent joins the demo channels but one
-- (the seed's Telegram Bot, see DEMO_CHANNEL_WITHOUT_AGENT), as a fresh sandbox start does.
INSERT INTO channel_members (agent_id, channel_id)
SELECT a.id, c.id FROM agents a CROSS JOIN channels c
WHERE a.is_demo AND a.role = 'agent' AND NOT (c.platform = 'telegram' AND c.platform_id = '7000000001')
ON CONFLICT DO NOTHING;
