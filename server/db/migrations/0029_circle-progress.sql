CREATE TABLE "circle_evaluation" (
	"tenant_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"score" smallint NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"recorded_by_user_id" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circle_goal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"text" text NOT NULL,
	"reached_on" date,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "circle_evaluation" ADD CONSTRAINT "circle_evaluation_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_evaluation" ADD CONSTRAINT "circle_evaluation_participant_id_circle_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."circle_participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_evaluation" ADD CONSTRAINT "circle_evaluation_recorded_by_user_id_auth_user_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_goal" ADD CONSTRAINT "circle_goal_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_goal" ADD CONSTRAINT "circle_goal_participant_id_circle_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."circle_participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_goal" ADD CONSTRAINT "circle_goal_created_by_user_id_auth_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "circle_evaluation_participant" ON "circle_evaluation" USING btree ("tenant_id","participant_id");--> statement-breakpoint
CREATE INDEX "circle_goal_participant" ON "circle_goal" USING btree ("tenant_id","participant_id","created_at");