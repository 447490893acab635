ALTER TABLE "postcode_neighbourhood" ADD COLUMN "lat" double precision;--> statement-breakpoint
ALTER TABLE "postcode_neighbourhood" ADD COLUMN "lon" double precision;--> statement-breakpoint
ALTER TABLE "vacancy" ADD COLUMN "lat" double precision;--> statement-breakpoint
ALTER TABLE "vacancy" ADD COLUMN "lon" double precision;--> statement-breakpoint
ALTER TABLE "volunteer" ADD COLUMN "lat" double precision;--> statement-breakpoint
ALTER TABLE "volunteer" ADD COLUMN "lon" double precision;--> statement-breakpoint
CREATE INDEX "vacancy_tenant_lat" ON "vacancy" USING btree ("tenant_id","lat") WHERE "vacancy"."lat" is not null;--> statement-breakpoint
CREATE INDEX "volunteer_goals" ON "volunteer" USING gin ("goals");