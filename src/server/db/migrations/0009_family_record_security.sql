-- The family record: each service sees and writes only its own rows.
GRANT SELECT, INSERT, UPDATE ON family_people, family_professionals, appointments, risk_flags TO haven_app;
--> statement-breakpoint
-- Drafts can be discarded; a signed note cannot be changed or removed (the trigger below).
GRANT SELECT, INSERT, UPDATE, DELETE ON case_notes TO haven_app;
--> statement-breakpoint
-- The disclosure log is append-only, like the audit trail.
GRANT SELECT, INSERT ON disclosures TO haven_app;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['family_people', 'family_professionals', 'appointments', 'case_notes', 'risk_flags', 'disclosures'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I TO haven_app USING (service_id = haven_current_service()) WITH CHECK (service_id = haven_current_service())',
      t || '_service', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- A signed case note is the clinical record: no change and no deletion, by anyone, ever. A draft may
-- be edited, signed once, or discarded. An addendum must follow a signed note of the same family.
CREATE OR REPLACE FUNCTION haven_guard_case_note() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'signed' THEN
    RAISE EXCEPTION 'case note % is signed and cannot be changed', OLD.id USING ERRCODE = 'P0001', HINT = 'haven:signed-note';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' AND (NEW.service_id, NEW.family_id, NEW.author_id, NEW.addendum_to) IS DISTINCT FROM (OLD.service_id, OLD.family_id, OLD.author_id, OLD.addendum_to) THEN
    RAISE EXCEPTION 'a case note cannot move to another family, author or note' USING ERRCODE = 'P0001';
  END IF;
  IF NEW.addendum_to IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM case_notes n
    WHERE n.service_id = NEW.service_id AND n.id = NEW.addendum_to AND n.family_id = NEW.family_id AND n.status = 'signed'
  ) THEN
    RAISE EXCEPTION 'an addendum must follow a signed note of the same family' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER case_notes_guard BEFORE INSERT OR UPDATE OR DELETE ON case_notes
  FOR EACH ROW EXECUTE FUNCTION haven_guard_case_note();
