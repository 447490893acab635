ALTER TABLE "referral_status_change" ADD COLUMN "tenant_id" uuid;--> statement-breakpoint
ALTER TABLE "application_status_change" ADD COLUMN "tenant_id" uuid;--> statement-breakpoint
ALTER TABLE "hours_entry" ADD COLUMN "tenant_id" uuid;--> statement-breakpoint
ALTER TABLE "referral_status_change" ADD CONSTRAINT "referral_status_change_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_status_change" ADD CONSTRAINT "application_status_change_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hours_entry" ADD CONSTRAINT "hours_entry_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referral_status_change_tenant" ON "referral_status_change" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "application_status_change_tenant" ON "application_status_change" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "hours_entry_tenant" ON "hours_entry" USING btree ("tenant_id");