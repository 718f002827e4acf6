-- The wallboard's "Last reply" (issue 10): when each agent last replied to a customer, kept by
-- the reply path, so the wallboard reads one column instead of scanning messages per agent.
ALTER TABLE "agents" ADD COLUMN "last_reply_at" timestamp with time zone;--> statement-breakpoint
-- Once, for replies written before this column: their latest non-note outbound message (one
-- grouped pass over messages, not one scan per agent).
UPDATE "agents" SET "last_reply_at" = "latest"."sent_at"
FROM (
  SELECT "sent_by_agent_id", max("sent_at") AS "sent_at" FROM "messages"
  WHERE "sent_by_agent_id" IS NOT NULL AND "direction" = 'outbound' AND "kind" <> 'note'
  GROUP BY "sent_by_agent_id"
) AS "latest"
WHERE "latest"."sent_by_agent_id" = "agents"."id";
