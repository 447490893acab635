ALTER TABLE "outreach_address" ADD COLUMN "tenant_id" uuid;--> statement-breakpoint
ALTER TABLE "outreach_shift" ADD COLUMN "tenant_id" uuid;--> statement-breakpoint
ALTER TABLE "outreach_shift_member" ADD COLUMN "tenant_id" uuid;--> statement-breakpoint
ALTER TABLE "outreach_visit" ADD COLUMN "tenant_id" uuid;--> statement-breakpoint
ALTER TABLE "walk_list" ADD COLUMN "tenant_id" uuid;--> statement-breakpoint
ALTER TABLE "outreach_address" ADD CONSTRAINT "outreach_address_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_shift" ADD CONSTRAINT "outreach_shift_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_shift_member" ADD CONSTRAINT "outreach_shift_member_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_visit" ADD CONSTRAINT "outreach_visit_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "walk_list" ADD CONSTRAINT "walk_list_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;