-- The child records of a volunteer get the volunteer's tenant (ADR 0004): existing rows from their
-- volunteer, new rows from a trigger, so tenant_id always matches the parent even when an insert leaves
-- it out. Queries filter on it.
UPDATE "volunteer_status_change" c SET "tenant_id" = v."tenant_id" FROM "volunteer" v WHERE v."id" = c."volunteer_id";
--> statement-breakpoint
UPDATE "motive_response" c SET "tenant_id" = v."tenant_id" FROM "volunteer" v WHERE v."id" = c."volunteer_id";
--> statement-breakpoint
UPDATE "vog_record" c SET "tenant_id" = v."tenant_id" FROM "volunteer" v WHERE v."id" = c."volunteer_id";
--> statement-breakpoint
UPDATE "training_record" c SET "tenant_id" = v."tenant_id" FROM "volunteer" v WHERE v."id" = c."volunteer_id";
--> statement-breakpoint
UPDATE "check_in" c SET "tenant_id" = v."tenant_id" FROM "volunteer" v WHERE v."id" = c."volunteer_id";
--> statement-breakpoint
UPDATE "volunteer_photo" c SET "tenant_id" = v."tenant_id" FROM "volunteer" v WHERE v."id" = c."volunteer_id";
--> statement-breakpoint
CREATE OR REPLACE FUNCTION volunteer_child_tenant() RETURNS trigger AS $$
BEGIN
  NEW.tenant_id := (SELECT v.tenant_id FROM volunteer v WHERE v.id = NEW.volunteer_id);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER volunteer_status_change_tenant BEFORE INSERT OR UPDATE OF volunteer_id ON "volunteer_status_change"
  FOR EACH ROW EXECUTE FUNCTION volunteer_child_tenant();
--> statement-breakpoint
CREATE TRIGGER motive_response_tenant BEFORE INSERT OR UPDATE OF volunteer_id ON "motive_response"
  FOR EACH ROW EXECUTE FUNCTION volunteer_child_tenant();
--> statement-breakpoint
CREATE TRIGGER vog_record_tenant BEFORE INSERT OR UPDATE OF volunteer_id ON "vog_record"
  FOR EACH ROW EXECUTE FUNCTION volunteer_child_tenant();
--> statement-breakpoint
CREATE TRIGGER training_record_tenant BEFORE INSERT OR UPDATE OF volunteer_id ON "training_record"
  FOR EACH ROW EXECUTE FUNCTION volunteer_child_tenant();
--> statement-breakpoint
CREATE TRIGGER check_in_tenant BEFORE INSERT OR UPDATE OF volunteer_id ON "check_in"
  FOR EACH ROW EXECUTE FUNCTION volunteer_child_tenant();
--> statement-breakpoint
CREATE TRIGGER volunteer_photo_tenant BEFORE INSERT OR UPDATE OF volunteer_id ON "volunteer_photo"
  FOR EACH ROW EXECUTE FUNCTION volunteer_child_tenant();
