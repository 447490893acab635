ALTER TABLE "volunteer" ADD COLUMN "calendar_token" text;--> statement-breakpoint
ALTER TABLE "volunteer" ADD CONSTRAINT "volunteer_calendarToken_unique" UNIQUE("calendar_token");