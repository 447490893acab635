CREATE TABLE "learning_trajectory" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"title" text NOT NULL,
	"answers" jsonb NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"themes" text[] DEFAULT '{}' NOT NULL,
	"shared_at" timestamp with time zone,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "course_edition" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"title" text NOT NULL,
	"min_participants" integer DEFAULT 8 NOT NULL,
	"max_participants" integer DEFAULT 12 NOT NULL,
	"meeting_days" date[],
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "course_enrolment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"edition_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"organisation_id" uuid,
	"status" text NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "course_submission" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"exercise_code" text NOT NULL,
	"text" text NOT NULL,
	"late" boolean DEFAULT false NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "research_fragment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	"text" text,
	"quote" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "research_interview" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"topics" text[] DEFAULT '{}' NOT NULL,
	"interviewer_user_id" text,
	"interviewer_name" text DEFAULT '' NOT NULL,
	"held" boolean DEFAULT false NOT NULL,
	"notes" text DEFAULT '',
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "research_participant" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"code" text NOT NULL,
	"channel" text NOT NULL,
	"stage" text DEFAULT 'approached' NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"recruited_by_user_id" text,
	"consent_scope" text,
	"consent_given_on" date,
	"consent_until" date,
	"consent_withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "research_project" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"trajectory_id" uuid,
	"title" text NOT NULL,
	"question" text NOT NULL,
	"channels" jsonb NOT NULL,
	"topics" text[] DEFAULT '{}' NOT NULL,
	"next_code" integer DEFAULT 1 NOT NULL,
	"published_at" timestamp with time zone,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "research_theme" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "research_source" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reference_id" uuid,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "learning_trajectory" ADD CONSTRAINT "learning_trajectory_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_edition" ADD CONSTRAINT "course_edition_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_enrolment" ADD CONSTRAINT "course_enrolment_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_enrolment" ADD CONSTRAINT "course_enrolment_edition_id_course_edition_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."course_edition"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_enrolment" ADD CONSTRAINT "course_enrolment_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_submission" ADD CONSTRAINT "course_submission_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_submission" ADD CONSTRAINT "course_submission_enrolment_id_course_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."course_enrolment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_fragment" ADD CONSTRAINT "research_fragment_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_fragment" ADD CONSTRAINT "research_fragment_project_id_research_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."research_project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_fragment" ADD CONSTRAINT "research_fragment_interview_id_research_interview_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."research_interview"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_fragment" ADD CONSTRAINT "research_fragment_participant_id_research_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."research_participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_fragment" ADD CONSTRAINT "research_fragment_theme_id_research_theme_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."research_theme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_interview" ADD CONSTRAINT "research_interview_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_interview" ADD CONSTRAINT "research_interview_project_id_research_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."research_project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_interview" ADD CONSTRAINT "research_interview_participant_id_research_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."research_participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_participant" ADD CONSTRAINT "research_participant_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_participant" ADD CONSTRAINT "research_participant_project_id_research_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."research_project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_project" ADD CONSTRAINT "research_project_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_theme" ADD CONSTRAINT "research_theme_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_source" ADD CONSTRAINT "research_source_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_source" ADD CONSTRAINT "research_source_project_id_research_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."research_project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "learning_trajectory_tenant" ON "learning_trajectory" USING btree ("tenant_id","updated_at");--> statement-breakpoint
CREATE INDEX "learning_trajectory_shared" ON "learning_trajectory" USING btree ("shared_at");--> statement-breakpoint
CREATE INDEX "course_edition_tenant" ON "course_edition" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "course_enrolment_edition" ON "course_enrolment" USING btree ("tenant_id","edition_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "course_enrolment_user" ON "course_enrolment" USING btree ("tenant_id","edition_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "course_submission_exercise" ON "course_submission" USING btree ("tenant_id","enrolment_id","exercise_code");--> statement-breakpoint
CREATE INDEX "research_fragment_project" ON "research_fragment" USING btree ("tenant_id","project_id","theme_id");--> statement-breakpoint
CREATE INDEX "research_interview_project" ON "research_interview" USING btree ("tenant_id","project_id","starts_at");--> statement-breakpoint
CREATE INDEX "research_participant_project" ON "research_participant" USING btree ("tenant_id","project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "research_participant_code" ON "research_participant" USING btree ("tenant_id","project_id","code");--> statement-breakpoint
CREATE INDEX "research_project_tenant" ON "research_project" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "research_theme_label" ON "research_theme" USING btree ("tenant_id","label");--> statement-breakpoint
CREATE INDEX "research_source_project" ON "research_source" USING btree ("tenant_id","project_id");