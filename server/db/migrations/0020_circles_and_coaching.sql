CREATE TABLE "circle" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"name" text NOT NULL,
	"place" text NOT NULL,
	"starts_on" date NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"max_size" smallint NOT NULL,
	"public_signup" boolean DEFAULT true NOT NULL,
	"calendar_token" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "circle_calendarToken_unique" UNIQUE("calendar_token")
);
--> statement-breakpoint
CREATE TABLE "circle_attendance" (
	"tenant_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"status" text NOT NULL,
	"progress" text DEFAULT '' NOT NULL,
	"scale" smallint,
	"recorded_by_user_id" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circle_attendance_sync" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"records" integer NOT NULL,
	"synced_by_user_id" text,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circle_leader" (
	"tenant_id" uuid NOT NULL,
	"circle_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circle_participant" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"circle_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"referral_id" uuid,
	"signed_up_at" timestamp with time zone DEFAULT now() NOT NULL,
	"offer_token_hash" text,
	"offer_expires_at" timestamp with time zone,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"added_by_user_id" text,
	CONSTRAINT "circle_participant_offerTokenHash_unique" UNIQUE("offer_token_hash")
);
--> statement-breakpoint
CREATE TABLE "circle_programme" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"curriculum" jsonb NOT NULL,
	"session_count" smallint NOT NULL,
	"target_size" smallint NOT NULL,
	"max_size" smallint NOT NULL,
	"required_trainings" text[] DEFAULT '{}' NOT NULL,
	"vog_profiles" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circle_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"circle_id" uuid NOT NULL,
	"number" smallint NOT NULL,
	"theme" text NOT NULL,
	"guide" text DEFAULT '' NOT NULL,
	"date" date NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"cancelled" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coaching_meeting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"minutes" smallint NOT NULL,
	"topics" text[] DEFAULT '{}' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coaching_trajectory" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"coach_volunteer_id" uuid NOT NULL,
	"household" text NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"starts_on" date NOT NULL,
	"max_end_on" date NOT NULL,
	"frequency" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"escalation_note" text DEFAULT '' NOT NULL,
	"escalated_at" timestamp with time zone,
	"escalation_outcome" text,
	"ended_on" date,
	"end_reason" text,
	"outcome" text,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "circle" ADD CONSTRAINT "circle_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle" ADD CONSTRAINT "circle_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle" ADD CONSTRAINT "circle_programme_id_circle_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."circle_programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_attendance" ADD CONSTRAINT "circle_attendance_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_attendance" ADD CONSTRAINT "circle_attendance_session_id_circle_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."circle_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_attendance" ADD CONSTRAINT "circle_attendance_participant_id_circle_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."circle_participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_attendance" ADD CONSTRAINT "circle_attendance_recorded_by_user_id_auth_user_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_attendance_sync" ADD CONSTRAINT "circle_attendance_sync_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_attendance_sync" ADD CONSTRAINT "circle_attendance_sync_session_id_circle_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."circle_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_attendance_sync" ADD CONSTRAINT "circle_attendance_sync_synced_by_user_id_auth_user_id_fk" FOREIGN KEY ("synced_by_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_leader" ADD CONSTRAINT "circle_leader_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_leader" ADD CONSTRAINT "circle_leader_circle_id_circle_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circle"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_leader" ADD CONSTRAINT "circle_leader_volunteer_id_volunteer_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_participant" ADD CONSTRAINT "circle_participant_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_participant" ADD CONSTRAINT "circle_participant_circle_id_circle_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circle"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_participant" ADD CONSTRAINT "circle_participant_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_participant" ADD CONSTRAINT "circle_participant_added_by_user_id_auth_user_id_fk" FOREIGN KEY ("added_by_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_programme" ADD CONSTRAINT "circle_programme_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_programme" ADD CONSTRAINT "circle_programme_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_session" ADD CONSTRAINT "circle_session_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_session" ADD CONSTRAINT "circle_session_circle_id_circle_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circle"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_meeting" ADD CONSTRAINT "coaching_meeting_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_meeting" ADD CONSTRAINT "coaching_meeting_trajectory_id_coaching_trajectory_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."coaching_trajectory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_meeting" ADD CONSTRAINT "coaching_meeting_recorded_by_user_id_auth_user_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_trajectory" ADD CONSTRAINT "coaching_trajectory_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_trajectory" ADD CONSTRAINT "coaching_trajectory_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_trajectory" ADD CONSTRAINT "coaching_trajectory_coach_volunteer_id_volunteer_id_fk" FOREIGN KEY ("coach_volunteer_id") REFERENCES "public"."volunteer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_trajectory" ADD CONSTRAINT "coaching_trajectory_created_by_user_id_auth_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "circle_tenant_org" ON "circle" USING btree ("tenant_id","organisation_id","starts_on");--> statement-breakpoint
CREATE INDEX "circle_tenant_programme" ON "circle" USING btree ("tenant_id","programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "circle_attendance_unique" ON "circle_attendance" USING btree ("tenant_id","session_id","participant_id");--> statement-breakpoint
CREATE INDEX "circle_attendance_participant" ON "circle_attendance" USING btree ("tenant_id","participant_id");--> statement-breakpoint
CREATE INDEX "circle_attendance_sync_session" ON "circle_attendance_sync" USING btree ("tenant_id","session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "circle_leader_unique" ON "circle_leader" USING btree ("tenant_id","circle_id","volunteer_id");--> statement-breakpoint
CREATE INDEX "circle_leader_volunteer" ON "circle_leader" USING btree ("tenant_id","volunteer_id");--> statement-breakpoint
CREATE INDEX "circle_participant_tenant_circle" ON "circle_participant" USING btree ("tenant_id","circle_id","status","signed_up_at");--> statement-breakpoint
CREATE INDEX "circle_participant_person" ON "circle_participant" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "circle_participant_once" ON "circle_participant" USING btree ("circle_id","person_id") WHERE "circle_participant"."status" in ('active', 'waitlisted', 'offered');--> statement-breakpoint
CREATE INDEX "circle_participant_offer" ON "circle_participant" USING btree ("offer_expires_at") WHERE "circle_participant"."status" = 'offered';--> statement-breakpoint
CREATE INDEX "circle_programme_tenant_org" ON "circle_programme" USING btree ("tenant_id","organisation_id");--> statement-breakpoint
CREATE INDEX "circle_session_tenant_circle" ON "circle_session" USING btree ("tenant_id","circle_id","date");--> statement-breakpoint
CREATE INDEX "coaching_meeting_trajectory" ON "coaching_meeting" USING btree ("tenant_id","trajectory_id","held_on");--> statement-breakpoint
CREATE INDEX "coaching_trajectory_tenant_org" ON "coaching_trajectory" USING btree ("tenant_id","organisation_id","status");--> statement-breakpoint
CREATE INDEX "coaching_trajectory_coach" ON "coaching_trajectory" USING btree ("tenant_id","coach_volunteer_id");