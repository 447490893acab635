CREATE TABLE "research_recommendation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"theme" text DEFAULT '' NOT NULL,
	"text" text NOT NULL,
	"decision" text,
	"reasoning" text,
	"follow_up_on" date,
	"responded_by_user_id" text,
	"responded_by_name" text,
	"responded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "research_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"findings" jsonb,
	"signed_off_at" timestamp with time zone,
	"signed_off_by_user_id" text,
	"signed_off_by_name" text,
	"published_at" timestamp with time zone,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "research_recommendation" ADD CONSTRAINT "research_recommendation_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_recommendation" ADD CONSTRAINT "research_recommendation_report_id_research_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."research_report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_report" ADD CONSTRAINT "research_report_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_report" ADD CONSTRAINT "research_report_project_id_research_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."research_project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "research_recommendation_report" ON "research_recommendation" USING btree ("tenant_id","report_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "research_report_project" ON "research_report" USING btree ("tenant_id","project_id");--> statement-breakpoint
CREATE INDEX "research_report_tenant" ON "research_report" USING btree ("tenant_id","created_at");