-- The outreach child tables get their campaign's tenant (ADR 0004): filled from the parent here,
-- NOT NULL in the next migration.
UPDATE "walk_list" AS w SET "tenant_id" = c."tenant_id" FROM "outreach_campaign" AS c WHERE c."id" = w."campaign_id" AND w."tenant_id" IS NULL;
--> statement-breakpoint
UPDATE "outreach_address" AS a SET "tenant_id" = c."tenant_id" FROM "outreach_campaign" AS c WHERE c."id" = a."campaign_id" AND a."tenant_id" IS NULL;
--> statement-breakpoint
UPDATE "outreach_shift" AS s SET "tenant_id" = c."tenant_id" FROM "outreach_campaign" AS c WHERE c."id" = s."campaign_id" AND s."tenant_id" IS NULL;
--> statement-breakpoint
UPDATE "outreach_shift_member" AS m SET "tenant_id" = s."tenant_id" FROM "outreach_shift" AS s WHERE s."id" = m."shift_id" AND m."tenant_id" IS NULL;
--> statement-breakpoint
UPDATE "outreach_visit" AS v SET "tenant_id" = c."tenant_id" FROM "outreach_campaign" AS c WHERE c."id" = v."campaign_id" AND v."tenant_id" IS NULL;
