CREATE TABLE "agreement_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_idea" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"author_kind" text NOT NULL,
	"author_user_id" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"flags" text[] DEFAULT '{}' NOT NULL,
	"reports" integer DEFAULT 0 NOT NULL,
	"support_count" integer DEFAULT 0 NOT NULL,
	"node_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_idea_support" (
	"tenant_id" uuid NOT NULL,
	"idea_id" uuid NOT NULL,
	"supporter_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_meeting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"resident_count" integer NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_node" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"parent_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"stage" text DEFAULT 'raised' NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"cost" numeric(12, 2),
	"who" text DEFAULT '' NOT NULL,
	"performer" text,
	"merged_into_id" uuid,
	"x" double precision,
	"y" double precision,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "agreement_node_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_node_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_stage" text,
	"to_stage" text,
	"reason" text DEFAULT '' NOT NULL,
	"other_node_id" uuid,
	"by_user_id" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_guard_setting" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"weekly_hours" numeric(4, 1) NOT NULL,
	"weeks" integer NOT NULL,
	"drift_percent" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_professional_task" (
	"tenant_id" uuid NOT NULL,
	"vacancy_id" uuid NOT NULL,
	"marked_by_user_id" text,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_professional_task_tenant_id_vacancy_id_pk" PRIMARY KEY("tenant_id","vacancy_id")
);
--> statement-breakpoint
CREATE TABLE "agreement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_signature" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"party_key" text NOT NULL,
	"signer_name" text NOT NULL,
	"signed_on" date NOT NULL,
	"recorded_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_trajectory" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"lead_organisation_id" uuid NOT NULL,
	"lead_name" text NOT NULL,
	"goal" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"current_step" text DEFAULT 'support' NOT NULL,
	"support_on" date NOT NULL,
	"agreements_on" date,
	"execution_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb NOT NULL,
	"change_note" text DEFAULT '' NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"activated_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "agreement_attachment" ADD CONSTRAINT "agreement_attachment_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_attachment" ADD CONSTRAINT "agreement_attachment_meeting_id_agreement_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."agreement_meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_idea" ADD CONSTRAINT "agreement_idea_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_idea" ADD CONSTRAINT "agreement_idea_trajectory_id_agreement_trajectory_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."agreement_trajectory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_idea_support" ADD CONSTRAINT "agreement_idea_support_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_idea_support" ADD CONSTRAINT "agreement_idea_support_idea_id_agreement_idea_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."agreement_idea"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_meeting" ADD CONSTRAINT "agreement_meeting_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_meeting" ADD CONSTRAINT "agreement_meeting_trajectory_id_agreement_trajectory_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."agreement_trajectory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_meeting" ADD CONSTRAINT "agreement_meeting_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_node" ADD CONSTRAINT "agreement_node_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_node" ADD CONSTRAINT "agreement_node_trajectory_id_agreement_trajectory_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."agreement_trajectory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_node_event" ADD CONSTRAINT "agreement_node_event_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_node_event" ADD CONSTRAINT "agreement_node_event_node_id_agreement_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."agreement_node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_guard_setting" ADD CONSTRAINT "agreement_guard_setting_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_professional_task" ADD CONSTRAINT "agreement_professional_task_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_professional_task" ADD CONSTRAINT "agreement_professional_task_vacancy_id_vacancy_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancy"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement" ADD CONSTRAINT "agreement_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement" ADD CONSTRAINT "agreement_trajectory_id_agreement_trajectory_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."agreement_trajectory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signature" ADD CONSTRAINT "agreement_signature_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signature" ADD CONSTRAINT "agreement_signature_version_id_agreement_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."agreement_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_trajectory" ADD CONSTRAINT "agreement_trajectory_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_trajectory" ADD CONSTRAINT "agreement_trajectory_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_trajectory" ADD CONSTRAINT "agreement_trajectory_lead_organisation_id_organisation_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_version" ADD CONSTRAINT "agreement_version_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_version" ADD CONSTRAINT "agreement_version_agreement_id_agreement_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_attachment_meeting" ON "agreement_attachment" USING btree ("tenant_id","meeting_id");--> statement-breakpoint
CREATE INDEX "agreement_idea_trajectory" ON "agreement_idea" USING btree ("tenant_id","trajectory_id","status","created_at");--> statement-breakpoint
CREATE INDEX "agreement_idea_node" ON "agreement_idea" USING btree ("tenant_id","node_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_idea_support_once" ON "agreement_idea_support" USING btree ("tenant_id","idea_id","supporter_hash");--> statement-breakpoint
CREATE INDEX "agreement_meeting_trajectory" ON "agreement_meeting" USING btree ("tenant_id","trajectory_id","held_on");--> statement-breakpoint
CREATE INDEX "agreement_node_trajectory" ON "agreement_node" USING btree ("tenant_id","trajectory_id","parent_id");--> statement-breakpoint
CREATE INDEX "agreement_node_event_node" ON "agreement_node_event" USING btree ("tenant_id","node_id","at");--> statement-breakpoint
CREATE INDEX "agreement_by_trajectory" ON "agreement" USING btree ("tenant_id","trajectory_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_signature_party" ON "agreement_signature" USING btree ("tenant_id","version_id","party_key");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_trajectory_district" ON "agreement_trajectory" USING btree ("tenant_id","district_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_version_number" ON "agreement_version" USING btree ("tenant_id","agreement_id","number");