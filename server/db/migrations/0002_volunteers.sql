CREATE TABLE "recruitment_action" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"organisation_id" uuid,
	"level" text NOT NULL,
	"motive_type" text,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner" text NOT NULL,
	"due_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recruitment_campaign" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"organisation_id" uuid,
	"name" text NOT NULL,
	"goal" text DEFAULT '' NOT NULL,
	"target_signups" integer,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"channels" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "postcode_neighbourhood" (
	"tenant_id" uuid NOT NULL,
	"postcode" text NOT NULL,
	"neighbourhood_id" uuid NOT NULL,
	CONSTRAINT "postcode_neighbourhood_tenant_id_postcode_pk" PRIMARY KEY("tenant_id","postcode")
);
--> statement-breakpoint
CREATE TABLE "check_in" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"satisfaction" smallint NOT NULL,
	"role_clarity" smallint NOT NULL,
	"support" smallint NOT NULL,
	"coordinator_relation" smallint NOT NULL,
	"workload" smallint NOT NULL,
	"wish_to_change" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "motive_response" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answers" jsonb NOT NULL,
	"scores" jsonb NOT NULL,
	"type_code" text,
	"entered_by_user_id" text,
	"assisted" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signup_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"email" text NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "signup_request_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "training_record" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"training" text NOT NULL,
	"completed_on" date NOT NULL,
	"expires_on" date,
	"certificate" text DEFAULT '' NOT NULL,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vog_record" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"requested_on" date,
	"received_on" date,
	"issued_on" date,
	"profile_codes" text[] DEFAULT '{}' NOT NULL,
	"renewal_due" date,
	"note" text DEFAULT '' NOT NULL,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_id" uuid,
	"status" text DEFAULT 'signedUp' NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"signed_up_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_contact_at" timestamp with time zone,
	"active_since" date,
	"stopped_on" date,
	"stop_reason" text,
	"channel" text,
	"campaign_id" uuid,
	"assisted" boolean DEFAULT false NOT NULL,
	"birth_date" date,
	"street" text,
	"house_number" text,
	"postcode" text,
	"city" text,
	"neighbourhood_id" uuid,
	"district_id" uuid,
	"sort_key" text DEFAULT '' NOT NULL,
	"search_key" text DEFAULT '' NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"skills" text[] DEFAULT '{}' NOT NULL,
	"interests" text[] DEFAULT '{}' NOT NULL,
	"availability" integer DEFAULT 0 NOT NULL,
	"hours_per_week" smallint,
	"preferred_district_ids" uuid[] DEFAULT '{}' NOT NULL,
	"max_travel_km" smallint,
	"commitment" text,
	"goals" text[] DEFAULT '{}' NOT NULL,
	"emergency_name" text,
	"emergency_phone" text,
	"motivation" text DEFAULT '' NOT NULL,
	"motive_type" text,
	"next_check_in_on" date,
	"erasure_requested_at" timestamp with time zone,
	"erased_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_personId_unique" UNIQUE("person_id")
);
--> statement-breakpoint
CREATE TABLE "volunteer_photo" (
	"volunteer_id" uuid PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"data" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_status_change" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"effective_on" date NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by_user_id" text,
	"reason" text,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "recruitment_action" ADD CONSTRAINT "recruitment_action_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruitment_action" ADD CONSTRAINT "recruitment_action_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruitment_campaign" ADD CONSTRAINT "recruitment_campaign_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruitment_campaign" ADD CONSTRAINT "recruitment_campaign_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postcode_neighbourhood" ADD CONSTRAINT "postcode_neighbourhood_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postcode_neighbourhood" ADD CONSTRAINT "postcode_neighbourhood_neighbourhood_id_neighbourhood_id_fk" FOREIGN KEY ("neighbourhood_id") REFERENCES "public"."neighbourhood"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in" ADD CONSTRAINT "check_in_volunteer_id_volunteer_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in" ADD CONSTRAINT "check_in_by_user_id_auth_user_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motive_response" ADD CONSTRAINT "motive_response_volunteer_id_volunteer_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motive_response" ADD CONSTRAINT "motive_response_entered_by_user_id_auth_user_id_fk" FOREIGN KEY ("entered_by_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signup_request" ADD CONSTRAINT "signup_request_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_record" ADD CONSTRAINT "training_record_volunteer_id_volunteer_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vog_record" ADD CONSTRAINT "vog_record_volunteer_id_volunteer_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer" ADD CONSTRAINT "volunteer_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer" ADD CONSTRAINT "volunteer_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer" ADD CONSTRAINT "volunteer_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer" ADD CONSTRAINT "volunteer_campaign_id_recruitment_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."recruitment_campaign"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer" ADD CONSTRAINT "volunteer_neighbourhood_id_neighbourhood_id_fk" FOREIGN KEY ("neighbourhood_id") REFERENCES "public"."neighbourhood"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer" ADD CONSTRAINT "volunteer_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_photo" ADD CONSTRAINT "volunteer_photo_volunteer_id_volunteer_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_settings" ADD CONSTRAINT "volunteer_settings_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_status_change" ADD CONSTRAINT "volunteer_status_change_volunteer_id_volunteer_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_status_change" ADD CONSTRAINT "volunteer_status_change_changed_by_user_id_auth_user_id_fk" FOREIGN KEY ("changed_by_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "recruitment_action_tenant" ON "recruitment_action" USING btree ("tenant_id","organisation_id");--> statement-breakpoint
CREATE INDEX "recruitment_campaign_tenant" ON "recruitment_campaign" USING btree ("tenant_id","starts_on");--> statement-breakpoint
CREATE INDEX "check_in_volunteer" ON "check_in" USING btree ("volunteer_id","held_on");--> statement-breakpoint
CREATE INDEX "motive_response_volunteer" ON "motive_response" USING btree ("volunteer_id","taken_at");--> statement-breakpoint
CREATE INDEX "signup_request_tenant_email" ON "signup_request" USING btree ("tenant_id","email");--> statement-breakpoint
CREATE INDEX "training_record_volunteer" ON "training_record" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "training_record_expires" ON "training_record" USING btree ("expires_on");--> statement-breakpoint
CREATE INDEX "vog_record_volunteer" ON "vog_record" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "vog_record_renewal" ON "vog_record" USING btree ("renewal_due") WHERE "vog_record"."renewal_due" is not null;--> statement-breakpoint
CREATE INDEX "volunteer_tenant_sort" ON "volunteer" USING btree ("tenant_id","sort_key","id");--> statement-breakpoint
CREATE INDEX "volunteer_tenant_signed_up" ON "volunteer" USING btree ("tenant_id","signed_up_at");--> statement-breakpoint
CREATE INDEX "volunteer_tenant_district" ON "volunteer" USING btree ("tenant_id","district_id");--> statement-breakpoint
CREATE INDEX "volunteer_search" ON "volunteer" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "volunteer_tenant_status" ON "volunteer" USING btree ("tenant_id","status","signed_up_at");--> statement-breakpoint
CREATE INDEX "volunteer_tenant_organisation" ON "volunteer" USING btree ("tenant_id","organisation_id","status");--> statement-breakpoint
CREATE INDEX "volunteer_tenant_campaign" ON "volunteer" USING btree ("tenant_id","campaign_id");--> statement-breakpoint
CREATE INDEX "volunteer_skills" ON "volunteer" USING gin ("skills");--> statement-breakpoint
CREATE INDEX "volunteer_districts" ON "volunteer" USING gin ("preferred_district_ids");--> statement-breakpoint
CREATE INDEX "volunteer_status_change_volunteer" ON "volunteer_status_change" USING btree ("volunteer_id","changed_at");