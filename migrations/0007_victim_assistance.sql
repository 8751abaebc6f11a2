CREATE TABLE "victim_assistance" (
	"iso3" text PRIMARY KEY NOT NULL,
	"focal_point" text,
	"national_plan" text,
	"plan_date" date,
	"source" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "victim_assistance" ADD CONSTRAINT "victim_assistance_iso3_states_iso3_fk" FOREIGN KEY ("iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;