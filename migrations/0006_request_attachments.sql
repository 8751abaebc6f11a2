CREATE TABLE "extension_request_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"item" text NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "extension_request_attachments" ADD CONSTRAINT "extension_request_attachments_request_id_extension_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."extension_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "extension_request_attachments_request_idx" ON "extension_request_attachments" USING btree ("request_id");