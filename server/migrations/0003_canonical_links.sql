ALTER TABLE "experiences" DROP COLUMN "competency_ids";--> statement-breakpoint
ALTER TABLE "proofs" DROP COLUMN "competency_ids";