CREATE TYPE "public"."agent_role" AS ENUM('admin', 'supervisor', 'agent');--> statement-breakpoint
CREATE TABLE "agents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "agent_role" DEFAULT 'agent' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "channels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"platform" text NOT NULL,
	"platform_id" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel_id" uuid NOT NULL,
	"destination" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"last_message_text" text,
	"last_message_at" timestamp with time zone,
	"last_message_direction" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sandbox_channels" (
	"id" serial PRIMARY KEY NOT NULL,
	"platform" text NOT NULL,
	"platform_id" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sandbox_messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"channel_id" integer NOT NULL,
	"destination" text NOT NULL,
	"sent" integer NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"file_type" text,
	"file_url" text,
	"thumb_url" text,
	"status" text NOT NULL,
	"read_by_operator" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sandbox_messages" ADD CONSTRAINT "sandbox_messages_channel_id_sandbox_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."sandbox_channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agents_email_lower_idx" ON "agents" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "channels_platform_idx" ON "channels" USING btree ("platform","platform_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_channel_destination_idx" ON "conversations" USING btree ("channel_id","destination");--> statement-breakpoint
CREATE INDEX "conversations_channel_activity_idx" ON "conversations" USING btree ("channel_id","last_message_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sandbox_channels_platform_idx" ON "sandbox_channels" USING btree ("platform","platform_id");--> statement-breakpoint
CREATE INDEX "sandbox_messages_chat_idx" ON "sandbox_messages" USING btree ("channel_id","destination","id");