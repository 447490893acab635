CREATE TABLE "outreach_address" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"bag_id" text NOT NULL,
	"street" text NOT NULL,
	"house_number" integer NOT NULL,
	"house_letter" text DEFAULT '' NOT NULL,
	"addition" text DEFAULT '' NOT NULL,
	"postcode" text NOT NULL,
	"city" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"search_text" text NOT NULL,
	"excluded_reason" text,
	"excluded_at" timestamp with time zone,
	"letter_sent_on" date,
	"walk_list_id" uuid,
	"walk_order" integer,
	"follow_up_due" date,
	"follow_up_list_id" uuid,
	"follow_up_order" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outreach_campaign" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"programme" text NOT NULL,
	"name" text NOT NULL,
	"neighbourhood_ids" uuid[] DEFAULT '{}' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"goal" text DEFAULT '' NOT NULL,
	"topics" jsonb NOT NULL,
	"incentive" text DEFAULT '' NOT NULL,
	"follow_up_weeks" smallint DEFAULT 6 NOT NULL,
	"letter_lead_days" smallint DEFAULT 7 NOT NULL,
	"walk_list_size" smallint DEFAULT 40 NOT NULL,
	"retention_months" smallint DEFAULT 12 NOT NULL,
	"professional_user_ids" uuid[] DEFAULT '{}' NOT NULL,
	"opt_out_contact" text DEFAULT '' NOT NULL,
	"letter_template" text DEFAULT '' NOT NULL,
	"required_training" text DEFAULT 'gesprekstraining' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"purged_at" timestamp with time zone,
	"monitor_snapshot" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outreach_shift" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"walk_list_id" uuid,
	"date" date NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outreach_shift_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shift_id" uuid NOT NULL,
	"volunteer_id" uuid,
	"user_id" text,
	"checked_in_at" timestamp with time zone,
	"checked_out_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "outreach_visit" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"shift_id" uuid,
	"address_id" uuid NOT NULL,
	"recorded_by_volunteer_id" uuid,
	"visited_at" timestamp with time zone NOT NULL,
	"outcome" text NOT NULL,
	"consent" boolean DEFAULT false NOT NULL,
	"signals" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"incentive_given" boolean DEFAULT false NOT NULL,
	"kind" text DEFAULT 'first' NOT NULL,
	"plan" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "walk_list" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"kind" text DEFAULT 'first' NOT NULL,
	"route_metres" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
	"volunteer_asked_at" timestamp with time zone,
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
ALTER TABLE "outreach_address" ADD CONSTRAINT "outreach_address_campaign_id_outreach_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."outreach_campaign"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_address" ADD CONSTRAINT "outreach_address_walk_list_id_walk_list_id_fk" FOREIGN KEY ("walk_list_id") REFERENCES "public"."walk_list"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_address" ADD CONSTRAINT "outreach_address_follow_up_list_id_walk_list_id_fk" FOREIGN KEY ("follow_up_list_id") REFERENCES "public"."walk_list"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_campaign" ADD CONSTRAINT "outreach_campaign_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_campaign" ADD CONSTRAINT "outreach_campaign_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_shift" ADD CONSTRAINT "outreach_shift_campaign_id_outreach_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."outreach_campaign"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_shift" ADD CONSTRAINT "outreach_shift_walk_list_id_walk_list_id_fk" FOREIGN KEY ("walk_list_id") REFERENCES "public"."walk_list"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_shift_member" ADD CONSTRAINT "outreach_shift_member_shift_id_outreach_shift_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."outreach_shift"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_shift_member" ADD CONSTRAINT "outreach_shift_member_volunteer_id_volunteer_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_shift_member" ADD CONSTRAINT "outreach_shift_member_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_visit" ADD CONSTRAINT "outreach_visit_campaign_id_outreach_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."outreach_campaign"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_visit" ADD CONSTRAINT "outreach_visit_shift_id_outreach_shift_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."outreach_shift"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_visit" ADD CONSTRAINT "outreach_visit_address_id_outreach_address_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."outreach_address"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_visit" ADD CONSTRAINT "outreach_visit_recorded_by_volunteer_id_volunteer_id_fk" FOREIGN KEY ("recorded_by_volunteer_id") REFERENCES "public"."volunteer"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "walk_list" ADD CONSTRAINT "walk_list_campaign_id_outreach_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."outreach_campaign"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_from_organisation_id_organisation_id_fk" FOREIGN KEY ("from_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_partner_organisation_id_organisation_id_fk" FOREIGN KEY ("partner_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_status_change" ADD CONSTRAINT "referral_status_change_referral_id_referral_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referral"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outreach_address_campaign_bag" ON "outreach_address" USING btree ("campaign_id","bag_id");--> statement-breakpoint
CREATE INDEX "outreach_address_campaign_order" ON "outreach_address" USING btree ("campaign_id","street","house_number");--> statement-breakpoint
CREATE INDEX "outreach_address_walk_list" ON "outreach_address" USING btree ("walk_list_id","walk_order") WHERE "outreach_address"."walk_list_id" is not null;--> statement-breakpoint
CREATE INDEX "outreach_campaign_tenant" ON "outreach_campaign" USING btree ("tenant_id","organisation_id","starts_on");--> statement-breakpoint
CREATE INDEX "outreach_shift_campaign" ON "outreach_shift" USING btree ("campaign_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "outreach_shift_member_volunteer" ON "outreach_shift_member" USING btree ("shift_id","volunteer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "outreach_shift_member_user" ON "outreach_shift_member" USING btree ("shift_id","user_id");--> statement-breakpoint
CREATE INDEX "outreach_shift_member_by_volunteer" ON "outreach_shift_member" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "outreach_visit_campaign" ON "outreach_visit" USING btree ("campaign_id","visited_at");--> statement-breakpoint
CREATE INDEX "outreach_visit_address" ON "outreach_visit" USING btree ("address_id");--> statement-breakpoint
CREATE UNIQUE INDEX "walk_list_campaign_number" ON "walk_list" USING btree ("campaign_id","kind","number");--> statement-breakpoint
CREATE INDEX "referral_partner" ON "referral" USING btree ("tenant_id","partner_organisation_id","status");--> statement-breakpoint
CREATE INDEX "referral_from" ON "referral" USING btree ("tenant_id","from_organisation_id");--> statement-breakpoint
CREATE INDEX "referral_source" ON "referral" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "referral_status_change_referral" ON "referral_status_change" USING btree ("referral_id","changed_at");