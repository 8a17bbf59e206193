-- Receiving a public referral in one round trip: the function runs as haven_app (its owner, via
-- SECURITY DEFINER), so row-level security applies exactly as in any other app transaction.
-- Answers the receipt; no row when the reference was already taken (the caller draws another).
CREATE OR REPLACE FUNCTION haven_receive_referral(
  p_service uuid, p_id uuid, p_submission text, p_reference text, p_referral_date date, p_payload jsonb,
  p_eligibility text, p_reasons jsonb, p_immediate_risk boolean, p_request_id text, p_client_address text
) RETURNS TABLE (reference text, eligibility text, immediate_risk boolean)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM set_config('app.service_id', p_service::text, true);
  INSERT INTO referral_inbox (service_id, id, submission_id, reference, referral_date, payload, eligibility,
                              eligibility_reasons, immediate_risk, request_id, client_address)
  VALUES (p_service, p_id, p_submission, p_reference, p_referral_date, p_payload, p_eligibility,
          p_reasons, p_immediate_risk, p_request_id, p_client_address)
  ON CONFLICT DO NOTHING;
  IF FOUND THEN
    RETURN QUERY SELECT p_reference, p_eligibility, p_immediate_risk;
    RETURN;
  END IF;
  RETURN QUERY SELECT i.reference, i.eligibility, i.immediate_risk FROM referral_inbox i
    WHERE i.service_id = p_service AND i.submission_id = p_submission;
END
$$;
--> statement-breakpoint
-- Changing the owner needs the new owner to be able to create in the schema, for that moment only.
GRANT CREATE ON SCHEMA public TO haven_app;
--> statement-breakpoint
ALTER FUNCTION haven_receive_referral(uuid, uuid, text, text, date, jsonb, text, jsonb, boolean, text, text) OWNER TO haven_app;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM haven_app;
--> statement-breakpoint
REVOKE ALL ON FUNCTION haven_receive_referral(uuid, uuid, text, text, date, jsonb, text, jsonb, boolean, text, text) FROM PUBLIC;
--> statement-breakpoint
DO $$
BEGIN
  EXECUTE format('GRANT EXECUTE ON FUNCTION haven_receive_referral(uuid, uuid, text, text, date, jsonb, text, jsonb, boolean, text, text) TO %I', current_user);
END
$$;
