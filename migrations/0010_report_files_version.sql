ALTER TABLE "report_files" ADD COLUMN "version" integer;--> statement-breakpoint
-- Files already there: the first version submitted after them (a draft's files went with it),
-- else the latest version (attached by the ISU to a submitted report).
UPDATE "report_files" f SET "version" = COALESCE(
  (SELECT min(v."number") FROM "report_versions" v WHERE v."report_id" = f."report_id" AND v."submitted_at" >= f."created_at"),
  (SELECT r."latest_version" FROM "reports" r WHERE r."id" = f."report_id")
);
