ALTER TABLE "outreach_campaign" ADD COLUMN "signatory_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "outreach_campaign" ADD COLUMN "signatory_role" text DEFAULT '' NOT NULL;