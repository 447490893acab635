-- The processing log is append-only for the application: updates and deletes are refused.
CREATE OR REPLACE FUNCTION processing_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'processing_log is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER processing_log_no_update_delete
  BEFORE UPDATE OR DELETE ON processing_log
  FOR EACH ROW EXECUTE FUNCTION processing_log_append_only();
