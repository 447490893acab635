CREATE TABLE "job_run" (
	"job" text NOT NULL,
	"period" text NOT NULL,
	"status" text NOT NULL,
	"claimed_by" text NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"claimed_at" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"next_attempt_at" timestamp with time zone,
	"last_error" text,
	"result" jsonb,
	CONSTRAINT "job_run_job_period_pk" PRIMARY KEY("job","period")
);
