CREATE TABLE "appointments" (
	"service_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"place" text NOT NULL,
	"expected_person_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'booked' NOT NULL,
	"outcome_note" text,
	"outcome_recorded_at" timestamp with time zone,
	"reschedule_count" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointments_service_id_id_pk" PRIMARY KEY("service_id","id"),
	CONSTRAINT "appointments_duration" CHECK ("appointments"."duration_minutes" between 5 and 480)
);
--> statement-breakpoint
CREATE TABLE "case_notes" (
	"service_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"addendum_to" uuid,
	"note_date" date NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"signed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_notes_service_id_id_pk" PRIMARY KEY("service_id","id"),
	CONSTRAINT "case_notes_signed" CHECK (("case_notes"."status" = 'signed') = ("case_notes"."signed_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "disclosures" (
	"service_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"disclosed_on" date NOT NULL,
	"recipient" text NOT NULL,
	"recipient_organisation" text,
	"information" text NOT NULL,
	"person_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"lawful_basis" text NOT NULL,
	"consent" text NOT NULL,
	"reason" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disclosures_service_id_id_pk" PRIMARY KEY("service_id","id")
);
--> statement-breakpoint
CREATE TABLE "family_people" (
	"service_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text,
	"date_of_birth" date,
	"due_date" date,
	"gestation_weeks" integer,
	"nhs_number" text,
	"gender" text,
	"ethnicity" text,
	"relationships" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"phone" text,
	"email" text,
	"address" text,
	"postcode" text,
	"preferred_contact" text,
	"safe_to_leave_voicemail" boolean,
	"safe_to_text" boolean,
	"language" text,
	"interpreter_needed" boolean DEFAULT false NOT NULL,
	"consent_to_service" boolean,
	"consent_recorded_on" date,
	"sharing_preferences" text,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "family_people_service_id_id_pk" PRIMARY KEY("service_id","id"),
	CONSTRAINT "family_people_baby_dates" CHECK ("family_people"."kind" = 'carer' or "family_people"."date_of_birth" is not null or "family_people"."due_date" is not null)
);
--> statement-breakpoint
CREATE TABLE "family_professionals" (
	"service_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"role" text NOT NULL,
	"name" text NOT NULL,
	"organisation" text,
	"phone" text,
	"email" text,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "family_professionals_service_id_id_pk" PRIMARY KEY("service_id","id")
);
--> statement-breakpoint
CREATE TABLE "risk_flags" (
	"service_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"type" text NOT NULL,
	"level" text NOT NULL,
	"summary" text NOT NULL,
	"raised_on" date NOT NULL,
	"review_on" date NOT NULL,
	"raised_by" uuid,
	"closed_on" date,
	"closed_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risk_flags_service_id_id_pk" PRIMARY KEY("service_id","id")
);
--> statement-breakpoint
ALTER TABLE "families" ADD COLUMN "care_setting" text DEFAULT 'birth-family' NOT NULL;--> statement-breakpoint
ALTER TABLE "families" ADD COLUMN "placement_start" date;--> statement-breakpoint
ALTER TABLE "families" ADD COLUMN "placement_end" date;--> statement-breakpoint
ALTER TABLE "families" ADD COLUMN "first_contact_on" date;--> statement-breakpoint
ALTER TABLE "families" ADD COLUMN "assessment_on" date;--> statement-breakpoint
ALTER TABLE "families" ADD COLUMN "intervention_start_on" date;--> statement-breakpoint
ALTER TABLE "families" ADD COLUMN "discharged_on" date;--> statement-breakpoint
ALTER TABLE "families" ADD COLUMN "discharge_reason" text;--> statement-breakpoint
ALTER TABLE "families" ADD COLUMN "discharge_summary" text;--> statement-breakpoint
ALTER TABLE "families" ADD COLUMN "previous_episode_id" uuid;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "team_caseloads_visible" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_service_id_family_id_families_service_id_id_fk" FOREIGN KEY ("service_id","family_id") REFERENCES "public"."families"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_service_id_practitioner_id_memberships_service_id_id_fk" FOREIGN KEY ("service_id","practitioner_id") REFERENCES "public"."memberships"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_service_id_family_id_families_service_id_id_fk" FOREIGN KEY ("service_id","family_id") REFERENCES "public"."families"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_service_id_addendum_to_case_notes_service_id_id_fk" FOREIGN KEY ("service_id","addendum_to") REFERENCES "public"."case_notes"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_service_id_family_id_families_service_id_id_fk" FOREIGN KEY ("service_id","family_id") REFERENCES "public"."families"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_people" ADD CONSTRAINT "family_people_service_id_family_id_families_service_id_id_fk" FOREIGN KEY ("service_id","family_id") REFERENCES "public"."families"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_professionals" ADD CONSTRAINT "family_professionals_service_id_family_id_families_service_id_id_fk" FOREIGN KEY ("service_id","family_id") REFERENCES "public"."families"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_flags" ADD CONSTRAINT "risk_flags_service_id_family_id_families_service_id_id_fk" FOREIGN KEY ("service_id","family_id") REFERENCES "public"."families"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointments_family" ON "appointments" USING btree ("service_id","family_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_practitioner" ON "appointments" USING btree ("service_id","practitioner_id","starts_at");--> statement-breakpoint
CREATE INDEX "case_notes_family" ON "case_notes" USING btree ("service_id","family_id","note_date");--> statement-breakpoint
CREATE INDEX "disclosures_family" ON "disclosures" USING btree ("service_id","family_id");--> statement-breakpoint
CREATE INDEX "family_people_family" ON "family_people" USING btree ("service_id","family_id");--> statement-breakpoint
CREATE INDEX "family_professionals_family" ON "family_professionals" USING btree ("service_id","family_id");--> statement-breakpoint
CREATE INDEX "risk_flags_family" ON "risk_flags" USING btree ("service_id","family_id");--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_service_id_previous_episode_id_families_service_id_id_fk" FOREIGN KEY ("service_id","previous_episode_id") REFERENCES "public"."families"("service_id","id") ON DELETE no action ON UPDATE no action;