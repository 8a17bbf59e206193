CREATE TABLE "families" (
	"service_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"priority" text DEFAULT 'routine' NOT NULL,
	"referral_id" uuid NOT NULL,
	"referral_date" date NOT NULL,
	"accepted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"practitioner_id" uuid,
	"co_worker_id" uuid,
	"allocated_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "families_service_id_id_pk" PRIMARY KEY("service_id","id")
);
--> statement-breakpoint
CREATE TABLE "referral_events" (
	"service_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"referral_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"kind" text NOT NULL,
	"reason_code" text,
	"note" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "referral_events_service_id_id_pk" PRIMARY KEY("service_id","id")
);
--> statement-breakpoint
CREATE TABLE "referral_identities" (
	"service_id" uuid NOT NULL,
	"referral_id" uuid NOT NULL,
	"key" text NOT NULL,
	CONSTRAINT "referral_identities_service_id_referral_id_key_pk" PRIMARY KEY("service_id","referral_id","key")
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"service_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"reference" text NOT NULL,
	"route" text NOT NULL,
	"source" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"priority" text DEFAULT 'routine' NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"referral_date" date NOT NULL,
	"submission" jsonb NOT NULL,
	"immediate_risk" boolean DEFAULT false NOT NULL,
	"eligibility" text NOT NULL,
	"eligibility_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"possible_duplicates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"merged_into" uuid,
	"family_id" uuid,
	"idempotency_key" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_service_id_id_pk" PRIMARY KEY("service_id","id"),
	CONSTRAINT "referrals_reference" UNIQUE("service_id","reference"),
	CONSTRAINT "referrals_idempotency" UNIQUE("service_id","idempotency_key")
);
--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "referral_settings" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_service_id_referral_id_referrals_service_id_id_fk" FOREIGN KEY ("service_id","referral_id") REFERENCES "public"."referrals"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_service_id_practitioner_id_memberships_service_id_id_fk" FOREIGN KEY ("service_id","practitioner_id") REFERENCES "public"."memberships"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_service_id_co_worker_id_memberships_service_id_id_fk" FOREIGN KEY ("service_id","co_worker_id") REFERENCES "public"."memberships"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_service_id_referral_id_referrals_service_id_id_fk" FOREIGN KEY ("service_id","referral_id") REFERENCES "public"."referrals"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_identities" ADD CONSTRAINT "referral_identities_service_id_referral_id_referrals_service_id_id_fk" FOREIGN KEY ("service_id","referral_id") REFERENCES "public"."referrals"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "families_status" ON "families" USING btree ("service_id","status");--> statement-breakpoint
CREATE INDEX "families_practitioner" ON "families" USING btree ("service_id","practitioner_id");--> statement-breakpoint
CREATE INDEX "referral_events_referral" ON "referral_events" USING btree ("service_id","referral_id");--> statement-breakpoint
CREATE INDEX "referral_identities_key" ON "referral_identities" USING btree ("service_id","key");--> statement-breakpoint
CREATE INDEX "referrals_queue" ON "referrals" USING btree ("service_id","status","received_at");