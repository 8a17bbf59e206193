import { useMutation } from '@tanstack/react-query';
import { Checkboxes } from 'nhsuk-react-components';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Problem } from '../../../app/forms';
import { sendReferral } from '../api';
import { FIELD } from '../fields';
import { Honeypot } from '../fields/honeypot';
import { QuestionPage } from '../question-page';
import { sendProblems, toReferralBody } from '../submission';
import {
  babyProblems,
  consentProblems,
  contactProblems,
  parentProblems,
  riskProblems,
  worryProblems,
} from '../validate';
import { SelfAnswerSummary } from './answer-summary';
import { STEP, stepOfField, useStep, type Step, type StepState } from './steps';

export function CheckStep() {
  const { flow, form, backTo, pathOf } = useStep(STEP.safety, STEP.check);
  const navigate = useNavigate();
  const [website, setWebsite] = useState('');
  const a = flow.answers;

  /** Problems that belong to an earlier page are put right there, then back here. */
  const sendBack = (problems: Problem[]) => {
    const step: Step = stepOfField(problems.find((p) => stepOfField(p.field) !== STEP.check)?.field);
    if (step === STEP.check) return form.show(problems);
    const state: StepState = { problems: problems.filter((p) => stepOfField(p.field) === step) };
    void navigate(`${pathOf(step)}?return=check`, { state });
  };

  const mutation = useMutation({
    mutationFn: () => sendReferral(flow.service.slug, toReferralBody(flow.draft, 'self', website)),
    onSuccess: (receipt) => flow.finish(receipt),
    onError: (error) => sendBack(sendProblems(error)),
  });

  const send = () => {
    if (mutation.isPending) return; // already on its way
    const earlier = [
      ...parentProblems(a, 'self'),
      ...babyProblems(a, 'self'),
      ...worryProblems(a, 'self'),
      ...contactProblems(a, 'self'),
      ...riskProblems(a),
    ];
    if (earlier.length > 0) return sendBack(earlier);
    const consent = consentProblems(a, 'self');
    if (consent.length > 0) return form.show(consent);
    form.clear();
    mutation.mutate();
  };

  return (
    <QuestionPage
      title="Check your answers before sending your referral"
      caption="Refer yourself"
      backTo={a.immediateRisk === 'yes' ? pathOf(STEP.urgentHelp) : backTo}
      form={form}
      continueLabel={mutation.isPending ? 'Sending…' : 'Send referral'}
      onContinue={send}
    >
      <SelfAnswerSummary flow={flow} />
      <h2 className="nhsuk-heading-m">Now send your referral</h2>
      <p className="nhsuk-body">
        By sending this referral you are asking {flow.service.name} for support. The team will keep what you have told
        us safe and private, and use it only to help you and your baby. If we are worried that someone is at risk of
        serious harm, we may need to share information to keep them safe.
      </p>
      <Checkboxes name={FIELD.consent} error={form.errorFor(FIELD.consent)}>
        <Checkboxes.Item
          id={FIELD.consent}
          value="yes"
          checked={a.consent}
          onChange={(e) => flow.setAnswer('consent', e.currentTarget.checked)}
        >
          I agree to {flow.service.name} keeping these details and contacting me about my referral
        </Checkboxes.Item>
      </Checkboxes>
      <Honeypot value={website} onChange={setWebsite} />
    </QuestionPage>
  );
}
