-- The application role: owns nothing, so row-level security always applies to it.
-- Roles are cluster-wide; create it once per cluster.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'haven_app') THEN
    CREATE ROLE haven_app NOLOGIN;
  END IF;
END
$$;
--> statement-breakpoint
-- The migrating user switches to haven_app for each request transaction (SET LOCAL ROLE).
DO $$
BEGIN
  EXECUTE format('GRANT haven_app TO %I', current_user);
EXCEPTION WHEN others THEN
  NULL; -- a superuser is already a member of every role
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION haven_current_service() RETURNS uuid
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.service_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION haven_current_user() RETURNS uuid
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO haven_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON services, users, memberships, sessions, account_tokens TO haven_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_throttle TO haven_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_events TO haven_app;
--> statement-breakpoint
ALTER TABLE services ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Service names and slugs are not secret (public referral forms will use them); changes are scoped.
CREATE POLICY services_read ON services FOR SELECT TO haven_app USING (true);
--> statement-breakpoint
CREATE POLICY services_write ON services FOR UPDATE TO haven_app
  USING (id = haven_current_service()) WITH CHECK (id = haven_current_service());
--> statement-breakpoint
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A member sees the service's memberships; a signed-in user also sees their own in every service.
CREATE POLICY memberships_read ON memberships FOR SELECT TO haven_app
  USING (service_id = haven_current_service() OR user_id = haven_current_user());
--> statement-breakpoint
CREATE POLICY memberships_insert ON memberships FOR INSERT TO haven_app
  WITH CHECK (service_id = haven_current_service());
--> statement-breakpoint
CREATE POLICY memberships_update ON memberships FOR UPDATE TO haven_app
  USING (service_id = haven_current_service()) WITH CHECK (service_id = haven_current_service());
--> statement-breakpoint
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_read ON audit_events FOR SELECT TO haven_app
  USING (service_id = haven_current_service());
--> statement-breakpoint
CREATE POLICY audit_insert ON audit_events FOR INSERT TO haven_app
  WITH CHECK (service_id = haven_current_service());
--> statement-breakpoint
-- Append-only, whoever connects: changing history needs an owner to drop this trigger first.
CREATE OR REPLACE FUNCTION haven_audit_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION haven_audit_append_only();
