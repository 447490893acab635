ALTER TABLE "check_in" ADD COLUMN "tenant_id" uuid;--> statement-breakpoint
ALTER TABLE "motive_response" ADD COLUMN "tenant_id" uuid;--> statement-breakpoint
ALTER TABLE "training_record" ADD COLUMN "tenant_id" uuid;--> statement-breakpoint
ALTER TABLE "vog_record" ADD COLUMN "tenant_id" uuid;--> statement-breakpoint
ALTER TABLE "volunteer_photo" ADD COLUMN "tenant_id" uuid;--> statement-breakpoint
ALTER TABLE "volunteer_status_change" ADD COLUMN "tenant_id" uuid;--> statement-breakpoint
ALTER TABLE "check_in" ADD CONSTRAINT "check_in_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motive_response" ADD CONSTRAINT "motive_response_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_record" ADD CONSTRAINT "training_record_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vog_record" ADD CONSTRAINT "vog_record_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_photo" ADD CONSTRAINT "volunteer_photo_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_status_change" ADD CONSTRAINT "volunteer_status_change_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;