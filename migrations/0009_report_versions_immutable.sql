-- A submitted version of an Article 7 report is the State's official text: never changed or removed.
-- Corrections are new versions.
CREATE OR REPLACE FUNCTION report_versions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'report_versions are immutable (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;--> statement-breakpoint
CREATE TRIGGER report_versions_no_update_delete BEFORE UPDATE OR DELETE ON report_versions
  FOR EACH ROW EXECUTE FUNCTION report_versions_refuse_change();
