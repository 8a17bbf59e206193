-- Outcome measures and assessments: each service sees and writes only its own rows. Results and
-- assessments are corrected by withdrawing or by a new version, never deleted.
GRANT SELECT, INSERT, UPDATE ON measure_results, measure_links, measure_texts, family_goals, external_scores,
  secure_base_reviews, attachment_observations, interaction_observations TO haven_app;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['measure_results', 'measure_links', 'measure_texts', 'family_goals', 'external_scores',
                           'secure_base_reviews', 'attachment_observations', 'interaction_observations'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I TO haven_app USING (service_id = haven_current_service()) WITH CHECK (service_id = haven_current_service())',
      t || '_service', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- A parent's link arrives with a token and no service. This answers which service holds the link
-- with that token hash, and nothing else; the rest of the request runs scoped to that service under
-- row-level security like any other. It runs as the tables' owner, so it sees every service's links.
CREATE OR REPLACE FUNCTION haven_measure_link_service(p_token_hash text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT service_id FROM measure_links WHERE token_hash = p_token_hash
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION haven_measure_link_service(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION haven_measure_link_service(text) TO haven_app;
