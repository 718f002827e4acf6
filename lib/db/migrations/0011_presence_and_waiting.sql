-- Presence (issue 10): last input in any tab (away after 5 minutes without) and a chosen "Away".
-- The wallboard's "Waiting": open conversations whose last message is the customer's, by channel.
ALTER TABLE "agents" ADD COLUMN "last_active_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "away_chosen" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "conversations_waiting_idx" ON "conversations" USING btree ("channel_id","last_inbound_at") WHERE "conversations"."status" = 'open' and "conversations"."last_message_direction" = 'inbound';