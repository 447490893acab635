-- The status changes and hours of an application and the status changes of a referral get their
-- parent's tenant (ADR 0004): filled from the parent here, NOT NULL in the next migration.
UPDATE "application_status_change" AS c SET "tenant_id" = a."tenant_id" FROM "application" AS a WHERE a."id" = c."application_id" AND c."tenant_id" IS NULL;
--> statement-breakpoint
UPDATE "hours_entry" AS h SET "tenant_id" = a."tenant_id" FROM "application" AS a WHERE a."id" = h."application_id" AND h."tenant_id" IS NULL;
--> statement-breakpoint
UPDATE "referral_status_change" AS c SET "tenant_id" = r."tenant_id" FROM "referral" AS r WHERE r."id" = c."referral_id" AND c."tenant_id" IS NULL;
