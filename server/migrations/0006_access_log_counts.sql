ALTER TABLE "access_log" ADD COLUMN "count" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "access_log" ADD COLUMN "last_at" timestamp with time zone;