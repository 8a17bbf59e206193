CREATE TABLE "referral_inbox" (
	"service_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"submission_id" text NOT NULL,
	"reference" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"referral_date" date NOT NULL,
	"payload" jsonb NOT NULL,
	"eligibility" text NOT NULL,
	"eligibility_reasons" jsonb NOT NULL,
	"immediate_risk" boolean NOT NULL,
	"request_id" text,
	"client_address" text,
	"processed_at" timestamp with time zone,
	CONSTRAINT "referral_inbox_service_id_id_pk" PRIMARY KEY("service_id","id"),
	CONSTRAINT "referral_inbox_submission" UNIQUE("service_id","submission_id"),
	CONSTRAINT "referral_inbox_reference" UNIQUE("service_id","reference")
);
--> statement-breakpoint
ALTER TABLE "referral_inbox" ADD CONSTRAINT "referral_inbox_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referral_inbox_pending" ON "referral_inbox" USING btree ("service_id","received_at") WHERE processed_at is null;