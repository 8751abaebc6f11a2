CREATE TABLE "meetings" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"place" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "obligation_completions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"iso3" text NOT NULL,
	"article" text NOT NULL,
	"date" text,
	"before" date,
	"meeting" text,
	"document" text,
	"source" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "extension_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"iso3" text NOT NULL,
	"article" text NOT NULL,
	"status" text NOT NULL,
	"requested_until" date,
	"submitted_on" date,
	"exceptional_circumstances" text,
	"contents" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"meeting_id" text,
	"decision" text,
	"granted_until" date,
	"decided_on" date,
	"decided_at_meeting_id" text,
	"decision_document" text,
	"renews" uuid,
	"source" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "national_measures" (
	"iso3" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"instrument" text,
	"date" date,
	"source" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "obligation_facts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"iso3" text NOT NULL,
	"kind" text NOT NULL,
	"applies" boolean NOT NULL,
	"date" date NOT NULL,
	"end_of_hostilities" date,
	"years" jsonb,
	"source" text NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "obligation_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"iso3" text NOT NULL,
	"article" text NOT NULL,
	"deadline" date NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"iso3" text NOT NULL,
	"kind" text NOT NULL,
	"year" integer,
	"submitted_on" date NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "extension_request_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "obligation_completions" ADD CONSTRAINT "obligation_completions_iso3_states_iso3_fk" FOREIGN KEY ("iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_iso3_states_iso3_fk" FOREIGN KEY ("iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_decided_at_meeting_id_meetings_id_fk" FOREIGN KEY ("decided_at_meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_measures" ADD CONSTRAINT "national_measures_iso3_states_iso3_fk" FOREIGN KEY ("iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligation_facts" ADD CONSTRAINT "obligation_facts_iso3_states_iso3_fk" FOREIGN KEY ("iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligation_reminders" ADD CONSTRAINT "obligation_reminders_iso3_states_iso3_fk" FOREIGN KEY ("iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_iso3_states_iso3_fk" FOREIGN KEY ("iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_request_comments" ADD CONSTRAINT "extension_request_comments_request_id_extension_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."extension_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "obligation_completions_state_idx" ON "obligation_completions" USING btree ("iso3");--> statement-breakpoint
CREATE INDEX "extension_requests_state_idx" ON "extension_requests" USING btree ("iso3","article");--> statement-breakpoint
CREATE INDEX "obligation_facts_state_idx" ON "obligation_facts" USING btree ("iso3");--> statement-breakpoint
CREATE UNIQUE INDEX "obligation_reminders_once" ON "obligation_reminders" USING btree ("user_id","iso3","article","deadline","kind");--> statement-breakpoint
CREATE INDEX "report_submissions_state_idx" ON "report_submissions" USING btree ("iso3");--> statement-breakpoint
CREATE INDEX "extension_request_comments_request_idx" ON "extension_request_comments" USING btree ("request_id");