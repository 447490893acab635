CREATE TABLE "research_report_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"action" text NOT NULL,
	"reason" text,
	"by_user_id" text,
	"by_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "course_enrolment" ADD COLUMN "intake_on" date;--> statement-breakpoint
ALTER TABLE "course_enrolment" ADD COLUMN "intake_held_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "course_enrolment" ADD COLUMN "intake_notes" text;--> statement-breakpoint
ALTER TABLE "course_enrolment" ADD COLUMN "plan_action_ids" uuid[];--> statement-breakpoint
ALTER TABLE "course_enrolment" ADD COLUMN "plan_submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "course_enrolment" ADD COLUMN "plan_signed_off_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "course_enrolment" ADD COLUMN "plan_signed_off_by_user_id" text;--> statement-breakpoint
ALTER TABLE "course_enrolment" ADD COLUMN "plan_signed_off_by_name" text;--> statement-breakpoint
ALTER TABLE "course_enrolment" ADD COLUMN "follow_up_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "research_report_event" ADD CONSTRAINT "research_report_event_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_report_event" ADD CONSTRAINT "research_report_event_report_id_research_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."research_report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "research_report_event_report" ON "research_report_event" USING btree ("tenant_id","report_id","at");