GRANT SELECT, INSERT, UPDATE ON referral_inbox TO haven_app;
--> statement-breakpoint
ALTER TABLE referral_inbox ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY referral_inbox_service ON referral_inbox TO haven_app
  USING (service_id = haven_current_service()) WITH CHECK (service_id = haven_current_service());
