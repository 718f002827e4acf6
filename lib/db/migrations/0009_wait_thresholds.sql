ALTER TABLE "channels" ADD COLUMN "wait_warn_minutes" integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "channels" ADD COLUMN "wait_alert_minutes" integer DEFAULT 60 NOT NULL;