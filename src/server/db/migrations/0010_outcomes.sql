CREATE TABLE "attachment_observations" (
	"service_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"carer_id" uuid NOT NULL,
	"observed_on" date NOT NULL,
	"observed_by" text NOT NULL,
	"setting" text,
	"features" jsonb NOT NULL,
	"recorded_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachment_observations_service_id_id_pk" PRIMARY KEY("service_id","id")
);
--> statement-breakpoint
CREATE TABLE "external_scores" (
	"service_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"person_id" uuid,
	"tool" text NOT NULL,
	"tool_name" text,
	"timepoint" text NOT NULL,
	"scored_on" date NOT NULL,
	"score" numeric(6, 2),
	"result" text,
	"notes" text,
	"recorded_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "external_scores_service_id_id_pk" PRIMARY KEY("service_id","id")
);
--> statement-breakpoint
CREATE TABLE "family_goals" (
	"service_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"slot" integer NOT NULL,
	"text" text NOT NULL,
	"set_on" date NOT NULL,
	"closed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "family_goals_service_id_id_pk" PRIMARY KEY("service_id","id"),
	CONSTRAINT "family_goals_slot" CHECK ("family_goals"."slot" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "interaction_observations" (
	"service_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"carer_id" uuid NOT NULL,
	"observed_on" date NOT NULL,
	"source" text NOT NULL,
	"context" text,
	"duration_ms" integer NOT NULL,
	"events" jsonb NOT NULL,
	"notes" text,
	"coded_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interaction_observations_service_id_id_pk" PRIMARY KEY("service_id","id"),
	CONSTRAINT "interaction_observations_duration" CHECK ("interaction_observations"."duration_ms" > 0)
);
--> statement-breakpoint
CREATE TABLE "measure_links" (
	"service_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"measure_id" text NOT NULL,
	"timepoint" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"result_id" uuid,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_links_service_id_id_pk" PRIMARY KEY("service_id","id"),
	CONSTRAINT "measure_links_token" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "measure_results" (
	"service_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"person_id" uuid,
	"measure_id" text NOT NULL,
	"measure_version" integer NOT NULL,
	"timepoint" text NOT NULL,
	"completed_on" date NOT NULL,
	"mode" text NOT NULL,
	"responses" jsonb NOT NULL,
	"goals" jsonb,
	"complete" boolean NOT NULL,
	"total" numeric(6, 2),
	"prorated" boolean DEFAULT false NOT NULL,
	"subscales" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"band" text,
	"critical_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"alert_acknowledged_at" timestamp with time zone,
	"alert_acknowledged_by" uuid,
	"alert_action" text,
	"link_id" uuid,
	"recorded_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_results_service_id_id_pk" PRIMARY KEY("service_id","id")
);
--> statement-breakpoint
CREATE TABLE "measure_texts" (
	"service_id" uuid NOT NULL,
	"measure_id" text NOT NULL,
	"instructions" text,
	"items" jsonb NOT NULL,
	"answers" jsonb NOT NULL,
	"licence_held" text NOT NULL,
	"loaded_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_texts_service_id_measure_id_pk" PRIMARY KEY("service_id","measure_id")
);
--> statement-breakpoint
CREATE TABLE "secure_base_reviews" (
	"service_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"carer_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"care_setting" text NOT NULL,
	"dimensions" jsonb NOT NULL,
	"summary" text,
	"reviewed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "secure_base_reviews_service_id_id_pk" PRIMARY KEY("service_id","id")
);
--> statement-breakpoint
ALTER TABLE "attachment_observations" ADD CONSTRAINT "attachment_observations_service_id_family_id_families_service_id_id_fk" FOREIGN KEY ("service_id","family_id") REFERENCES "public"."families"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachment_observations" ADD CONSTRAINT "attachment_observations_service_id_child_id_family_people_service_id_id_fk" FOREIGN KEY ("service_id","child_id") REFERENCES "public"."family_people"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachment_observations" ADD CONSTRAINT "attachment_observations_service_id_carer_id_family_people_service_id_id_fk" FOREIGN KEY ("service_id","carer_id") REFERENCES "public"."family_people"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_scores" ADD CONSTRAINT "external_scores_service_id_family_id_families_service_id_id_fk" FOREIGN KEY ("service_id","family_id") REFERENCES "public"."families"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_scores" ADD CONSTRAINT "external_scores_service_id_person_id_family_people_service_id_id_fk" FOREIGN KEY ("service_id","person_id") REFERENCES "public"."family_people"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_goals" ADD CONSTRAINT "family_goals_service_id_family_id_families_service_id_id_fk" FOREIGN KEY ("service_id","family_id") REFERENCES "public"."families"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interaction_observations" ADD CONSTRAINT "interaction_observations_service_id_family_id_families_service_id_id_fk" FOREIGN KEY ("service_id","family_id") REFERENCES "public"."families"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interaction_observations" ADD CONSTRAINT "interaction_observations_service_id_child_id_family_people_service_id_id_fk" FOREIGN KEY ("service_id","child_id") REFERENCES "public"."family_people"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interaction_observations" ADD CONSTRAINT "interaction_observations_service_id_carer_id_family_people_service_id_id_fk" FOREIGN KEY ("service_id","carer_id") REFERENCES "public"."family_people"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_links" ADD CONSTRAINT "measure_links_service_id_family_id_families_service_id_id_fk" FOREIGN KEY ("service_id","family_id") REFERENCES "public"."families"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_links" ADD CONSTRAINT "measure_links_service_id_person_id_family_people_service_id_id_fk" FOREIGN KEY ("service_id","person_id") REFERENCES "public"."family_people"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_results" ADD CONSTRAINT "measure_results_service_id_family_id_families_service_id_id_fk" FOREIGN KEY ("service_id","family_id") REFERENCES "public"."families"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_results" ADD CONSTRAINT "measure_results_service_id_person_id_family_people_service_id_id_fk" FOREIGN KEY ("service_id","person_id") REFERENCES "public"."family_people"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secure_base_reviews" ADD CONSTRAINT "secure_base_reviews_service_id_family_id_families_service_id_id_fk" FOREIGN KEY ("service_id","family_id") REFERENCES "public"."families"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secure_base_reviews" ADD CONSTRAINT "secure_base_reviews_service_id_child_id_family_people_service_id_id_fk" FOREIGN KEY ("service_id","child_id") REFERENCES "public"."family_people"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secure_base_reviews" ADD CONSTRAINT "secure_base_reviews_service_id_carer_id_family_people_service_id_id_fk" FOREIGN KEY ("service_id","carer_id") REFERENCES "public"."family_people"("service_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachment_observations_family" ON "attachment_observations" USING btree ("service_id","family_id","observed_on");--> statement-breakpoint
CREATE INDEX "external_scores_family" ON "external_scores" USING btree ("service_id","family_id");--> statement-breakpoint
CREATE INDEX "family_goals_family" ON "family_goals" USING btree ("service_id","family_id");--> statement-breakpoint
CREATE INDEX "interaction_observations_family" ON "interaction_observations" USING btree ("service_id","family_id","observed_on");--> statement-breakpoint
CREATE INDEX "measure_links_family" ON "measure_links" USING btree ("service_id","family_id");--> statement-breakpoint
CREATE INDEX "measure_results_family" ON "measure_results" USING btree ("service_id","family_id","measure_id","completed_on");--> statement-breakpoint
CREATE INDEX "secure_base_reviews_family" ON "secure_base_reviews" USING btree ("service_id","family_id","reviewed_on");