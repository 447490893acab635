CREATE TABLE "agreement_indicator_value" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"activity_key" text NOT NULL,
	"indicator_key" text NOT NULL,
	"month" text NOT NULL,
	"value" numeric(12, 2) NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by_user_id" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_indicator_value_month" UNIQUE("agreement_id","activity_key","indicator_key","month")
);
--> statement-breakpoint
ALTER TABLE "agreement_indicator_value" ADD CONSTRAINT "agreement_indicator_value_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_indicator_value" ADD CONSTRAINT "agreement_indicator_value_agreement_id_agreement_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreement"("id") ON DELETE cascade ON UPDATE no action;