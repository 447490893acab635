CREATE TABLE "allowance_payment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"paid_on" date NOT NULL,
	"amount" numeric(8, 2) NOT NULL,
	"hours" numeric(6, 2),
	"warnings" text[] DEFAULT '{}' NOT NULL,
	"paid_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"vacancy_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"status" text DEFAULT 'responded' NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_status_change" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by_user_id" text,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hours_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"date" date NOT NULL,
	"hours" numeric(4, 2) NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"entered_by_user_id" text,
	"decided_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vacancy" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"tasks" text DEFAULT '' NOT NULL,
	"location_type" text NOT NULL,
	"street" text,
	"postcode" text,
	"city" text,
	"district_id" uuid,
	"schedule_type" text NOT NULL,
	"date" date,
	"start_time" text,
	"end_time" text,
	"slots" integer DEFAULT 0 NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"hours_per_week" numeric(4, 1),
	"places" integer NOT NULL,
	"skills" text[] DEFAULT '{}' NOT NULL,
	"theme" text,
	"required_trainings" text[] DEFAULT '{}' NOT NULL,
	"vog_profiles" text[] DEFAULT '{}' NOT NULL,
	"motives" text[] DEFAULT '{}' NOT NULL,
	"goals" text[] DEFAULT '{}' NOT NULL,
	"accessible" boolean DEFAULT false NOT NULL,
	"language_level" text DEFAULT 'none' NOT NULL,
	"suitable_for_benefits" boolean DEFAULT false NOT NULL,
	"publish_from" date,
	"publish_until" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "volunteer" ADD COLUMN "motive_scores" jsonb;--> statement-breakpoint
ALTER TABLE "allowance_payment" ADD CONSTRAINT "allowance_payment_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowance_payment" ADD CONSTRAINT "allowance_payment_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowance_payment" ADD CONSTRAINT "allowance_payment_volunteer_id_volunteer_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowance_payment" ADD CONSTRAINT "allowance_payment_paid_by_user_id_auth_user_id_fk" FOREIGN KEY ("paid_by_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application" ADD CONSTRAINT "application_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application" ADD CONSTRAINT "application_vacancy_id_vacancy_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancy"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application" ADD CONSTRAINT "application_volunteer_id_volunteer_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_status_change" ADD CONSTRAINT "application_status_change_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_status_change" ADD CONSTRAINT "application_status_change_changed_by_user_id_auth_user_id_fk" FOREIGN KEY ("changed_by_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hours_entry" ADD CONSTRAINT "hours_entry_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hours_entry" ADD CONSTRAINT "hours_entry_entered_by_user_id_auth_user_id_fk" FOREIGN KEY ("entered_by_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hours_entry" ADD CONSTRAINT "hours_entry_decided_by_user_id_auth_user_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy" ADD CONSTRAINT "vacancy_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy" ADD CONSTRAINT "vacancy_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy" ADD CONSTRAINT "vacancy_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "allowance_payment_volunteer" ON "allowance_payment" USING btree ("volunteer_id","paid_on");--> statement-breakpoint
CREATE UNIQUE INDEX "application_vacancy_volunteer" ON "application" USING btree ("vacancy_id","volunteer_id");--> statement-breakpoint
CREATE INDEX "application_volunteer" ON "application" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "application_status_change_application" ON "application_status_change" USING btree ("application_id","changed_at");--> statement-breakpoint
CREATE INDEX "hours_entry_application" ON "hours_entry" USING btree ("application_id","date");--> statement-breakpoint
CREATE INDEX "vacancy_tenant_status" ON "vacancy" USING btree ("tenant_id","status","publish_from");--> statement-breakpoint
CREATE INDEX "vacancy_tenant_organisation" ON "vacancy" USING btree ("tenant_id","organisation_id");--> statement-breakpoint
CREATE INDEX "vacancy_search" ON "vacancy" USING gin ("search_text" gin_trgm_ops);