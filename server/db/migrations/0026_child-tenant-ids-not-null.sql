ALTER TABLE "referral_status_change" ALTER COLUMN "tenant_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "application_status_change" ALTER COLUMN "tenant_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "hours_entry" ALTER COLUMN "tenant_id" SET NOT NULL;