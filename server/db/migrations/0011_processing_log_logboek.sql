ALTER TABLE "referral" ADD COLUMN "created_trace_id" text;--> statement-breakpoint
ALTER TABLE "referral" ADD COLUMN "created_span_id" text;--> statement-breakpoint
ALTER TABLE "processing_log" ADD COLUMN "span_id" text;--> statement-breakpoint
ALTER TABLE "processing_log" ADD COLUMN "processing_activity_id" text;--> statement-breakpoint
ALTER TABLE "processing_log" ADD COLUMN "foreign_operation" jsonb;