CREATE TABLE "outreach_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"iso3" text NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"who" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outreach_next_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"iso3" text NOT NULL,
	"description" text NOT NULL,
	"due_date" date NOT NULL,
	"owner_user_id" uuid,
	"owner_text" text,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outreach_profiles" (
	"iso3" text PRIMARY KEY NOT NULL,
	"priority" text NOT NULL,
	"summary_md" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "outreach_activities" ADD CONSTRAINT "outreach_activities_iso3_states_iso3_fk" FOREIGN KEY ("iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_activities" ADD CONSTRAINT "outreach_activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_next_steps" ADD CONSTRAINT "outreach_next_steps_iso3_states_iso3_fk" FOREIGN KEY ("iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_next_steps" ADD CONSTRAINT "outreach_next_steps_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_profiles" ADD CONSTRAINT "outreach_profiles_iso3_states_iso3_fk" FOREIGN KEY ("iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_profiles" ADD CONSTRAINT "outreach_profiles_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outreach_activities_state_idx" ON "outreach_activities" USING btree ("iso3","date");--> statement-breakpoint
CREATE INDEX "outreach_next_steps_state_idx" ON "outreach_next_steps" USING btree ("iso3","due_date");