-- The wallboard's "Last reply" (issue 10): when each agent last replied to a customer, kept by
-- the reply path, so the wallboard reads one column instead of scanning messages per agent.
ALTER TABLE "agents" ADD COLUMN "last_reply_at" timestamp with time zone;--> statement-breakpoint
-- Once, for replies written before this column: their latest non-note outbound message.
UPDATE "agents" SET "last_reply_at" = (SELECT max("sent_at") FROM "messages" WHERE "messages"."sent_by_agent_id" = "agents"."id" AND "messages"."direction" = 'outbound' AND "messages"."kind" <> 'note');
