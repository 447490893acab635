CREATE TABLE "participation_agreement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"activity" text NOT NULL,
	"found_by" text NOT NULL,
	"organisation_id" uuid,
	"place_name" text DEFAULT '' NOT NULL,
	"description" text NOT NULL,
	"hours_per_week" double precision NOT NULL,
	"start_date" date NOT NULL,
	"review_date" date,
	"end_date" date,
	"goals" text DEFAULT '' NOT NULL,
	"goal_kinds" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"disclosed_to_organisation" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'proposal' NOT NULL,
	"assisted" boolean DEFAULT false NOT NULL,
	"regime" text,
	"procedure" text,
	"over_limit_reason" text DEFAULT '' NOT NULL,
	"checklist" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"motivation" text DEFAULT '' NOT NULL,
	"refusal_category" text,
	"requested_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"vacancy_id" uuid,
	"referral_id" uuid,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_caseworker" (
	"tenant_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"team" text NOT NULL,
	"team_lead" boolean DEFAULT false NOT NULL,
	CONSTRAINT "participation_caseworker_tenant_id_user_id_pk" PRIMARY KEY("tenant_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "participation_client" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"client_number" text NOT NULL,
	"birth_date" date NOT NULL,
	"caseworker_user_id" text NOT NULL,
	"exempt" boolean DEFAULT false NOT NULL,
	"exempt_until" date,
	"language" text DEFAULT 'nl' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_hours" (
	"tenant_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"week" date NOT NULL,
	"hours" double precision NOT NULL,
	"reported_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participation_hours_tenant_id_agreement_id_week_pk" PRIMARY KEY("tenant_id","agreement_id","week")
);
--> statement-breakpoint
CREATE TABLE "participation_letter" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reference" text NOT NULL,
	"delivery" text NOT NULL,
	"pdf" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_obstacle" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"category" text NOT NULL,
	"text" text NOT NULL,
	"reporter_role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_rule" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"regime" text NOT NULL,
	"procedure" text NOT NULL,
	"max_hours_per_week" integer NOT NULL,
	"counting_activities" jsonb NOT NULL,
	"extra_checklist" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"no_activity_weeks" integer DEFAULT 8 NOT NULL,
	"sender" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "participation_agreement" ADD CONSTRAINT "participation_agreement_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_agreement" ADD CONSTRAINT "participation_agreement_client_id_participation_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."participation_client"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_agreement" ADD CONSTRAINT "participation_agreement_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_caseworker" ADD CONSTRAINT "participation_caseworker_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_caseworker" ADD CONSTRAINT "participation_caseworker_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_client" ADD CONSTRAINT "participation_client_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_client" ADD CONSTRAINT "participation_client_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_client" ADD CONSTRAINT "participation_client_caseworker_user_id_auth_user_id_fk" FOREIGN KEY ("caseworker_user_id") REFERENCES "public"."auth_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_hours" ADD CONSTRAINT "participation_hours_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_hours" ADD CONSTRAINT "participation_hours_agreement_id_participation_agreement_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."participation_agreement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_letter" ADD CONSTRAINT "participation_letter_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_letter" ADD CONSTRAINT "participation_letter_agreement_id_participation_agreement_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."participation_agreement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_obstacle" ADD CONSTRAINT "participation_obstacle_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_rule" ADD CONSTRAINT "participation_rule_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "participation_agreement_tenant_client" ON "participation_agreement" USING btree ("tenant_id","client_id");--> statement-breakpoint
CREATE INDEX "participation_agreement_tenant_status" ON "participation_agreement" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "participation_caseworker_team" ON "participation_caseworker" USING btree ("tenant_id","team");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_client_tenant_number" ON "participation_client" USING btree ("tenant_id","client_number");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_client_tenant_person" ON "participation_client" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE INDEX "participation_client_tenant_caseworker" ON "participation_client" USING btree ("tenant_id","caseworker_user_id","created_at");--> statement-breakpoint
CREATE INDEX "participation_letter_tenant_agreement" ON "participation_letter" USING btree ("tenant_id","agreement_id");--> statement-breakpoint
CREATE INDEX "participation_obstacle_tenant_time" ON "participation_obstacle" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_rule_tenant_from" ON "participation_rule" USING btree ("tenant_id","valid_from");