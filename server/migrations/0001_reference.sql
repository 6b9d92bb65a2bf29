CREATE TABLE "reference_entries" (
	"scheme" text NOT NULL,
	"code" text NOT NULL,
	"uri" text,
	"category" text NOT NULL,
	"sector" text,
	"labels" jsonb NOT NULL,
	"alt_labels" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reference_entries_scheme_code_pk" PRIMARY KEY("scheme","code")
);
--> statement-breakpoint
CREATE TABLE "reference_version" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
