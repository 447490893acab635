CREATE TABLE "referral" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"source" text NOT NULL,
	"source_id" uuid NOT NULL,
	"from_organisation_id" uuid NOT NULL,
	"partner_organisation_id" uuid NOT NULL,
	"household" text NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"reason" text NOT NULL,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"handoff" text DEFAULT 'no' NOT NULL,
	"status" text DEFAULT 'sent' NOT NULL,
	"status_note" text DEFAULT '' NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_status_change" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"changed_by_user_id" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_from_organisation_id_organisation_id_fk" FOREIGN KEY ("from_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_partner_organisation_id_organisation_id_fk" FOREIGN KEY ("partner_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_status_change" ADD CONSTRAINT "referral_status_change_referral_id_referral_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referral"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referral_partner" ON "referral" USING btree ("tenant_id","partner_organisation_id","status");--> statement-breakpoint
CREATE INDEX "referral_from" ON "referral" USING btree ("tenant_id","from_organisation_id");--> statement-breakpoint
CREATE INDEX "referral_source" ON "referral" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "referral_status_change_referral" ON "referral_status_change" USING btree ("referral_id","changed_at");