-- Referrals, their history and identities, and families: each service sees and writes only its own.
GRANT SELECT, INSERT, UPDATE ON referrals, families TO haven_app;
--> statement-breakpoint
-- History is append-only to the app, like the audit trail.
GRANT SELECT, INSERT ON referral_events, referral_identities TO haven_app;
--> statement-breakpoint
ALTER TABLE referrals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY referrals_service ON referrals TO haven_app
  USING (service_id = haven_current_service()) WITH CHECK (service_id = haven_current_service());
--> statement-breakpoint
ALTER TABLE referral_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY referral_events_service ON referral_events TO haven_app
  USING (service_id = haven_current_service()) WITH CHECK (service_id = haven_current_service());
--> statement-breakpoint
ALTER TABLE referral_identities ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY referral_identities_service ON referral_identities TO haven_app
  USING (service_id = haven_current_service()) WITH CHECK (service_id = haven_current_service());
--> statement-breakpoint
ALTER TABLE families ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY families_service ON families TO haven_app
  USING (service_id = haven_current_service()) WITH CHECK (service_id = haven_current_service());
