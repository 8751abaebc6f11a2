CREATE TABLE "states" (
	"iso3" text PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_es" text NOT NULL,
	"region" text NOT NULL,
	"ccm_region" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "treaty_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"iso3" text NOT NULL,
	"type" text NOT NULL,
	"date" date NOT NULL,
	"effective_date" date,
	"notification" text,
	"detail" text,
	"source" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "universalization_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"label" text NOT NULL,
	"parties" integer NOT NULL,
	"by_date" date NOT NULL,
	"source" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "treaty_events" ADD CONSTRAINT "treaty_events_iso3_states_iso3_fk" FOREIGN KEY ("iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "treaty_events_state_idx" ON "treaty_events" USING btree ("iso3","date");