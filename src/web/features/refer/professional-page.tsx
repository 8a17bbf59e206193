import { useMutation } from '@tanstack/react-query';
import { BackLink, Button, Checkboxes } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { Link } from 'react-router';
import { useProblems } from '../../app/forms';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { ProblemSummary } from '../../components/problem-summary';
import { YesNoQuestion } from '../../components/yes-no';
import { sendReferral } from './api';
import { FIELD } from './fields';
import { BabyFields } from './fields/baby-fields';
import { ContactFields } from './fields/contact-fields';
import { Honeypot } from './fields/honeypot';
import { ParentFields, PostcodeField } from './fields/parent-fields';
import { ReferrerFields } from './fields/referrer-fields';
import { UrgentHelp } from './fields/urgent-help';
import { WorryFields } from './fields/worry-fields';
import { useFlow } from './referral-flow';
import { sendProblems, toReferralBody } from './submission';
import * as check from './validate';

/** A professional's referral of a family, on one page: professionals fill in many of these. */
export function ProfessionalPage() {
  const flow = useFlow();
  const a = flow.answers;
  const form = useProblems();
  const [website, setWebsite] = useState('');
  usePageTitle('Refer a family', form.hasProblems);

  const mutation = useMutation({
    mutationFn: () => sendReferral(flow.service.slug, toReferralBody(flow.draft, 'professional', website)),
    onSuccess: (receipt) => flow.finish(receipt),
    onError: (error) => form.show(sendProblems(error)),
  });

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    const problems = [
      ...check.referrerProblems(a, flow.service.referralSources),
      ...check.parentProblems(a, 'professional'),
      ...check.babyProblems(a, 'professional'),
      ...check.contactProblems(a, 'professional'),
      ...check.worryProblems(a, 'professional'),
      ...check.riskProblems(a),
      ...check.consentProblems(a, 'professional'),
    ];
    if (problems.length > 0) return form.show(problems);
    form.clear();
    mutation.mutate();
  };

  const { errorFor } = form;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink asElement={Link} to={`/s/${flow.service.slug}/refer`}>
          Back
        </BackLink>
        <ProblemSummary problems={form.problems} attempt={form.attempt} />
        <PageHeading caption={flow.service.name}>Refer a family</PageHeading>
        <p className="nhsuk-body">
          Please talk to the family first: we can only take a referral that the family has agreed to. What you type is
          saved on this device until you send it.
        </p>
        <form onSubmit={submit} noValidate>
          <h2 className="nhsuk-heading-m">About you</h2>
          <ReferrerFields flow={flow} errorFor={errorFor} />
          <h2 className="nhsuk-heading-m">The parent or carer</h2>
          <ParentFields flow={flow} errorFor={errorFor} />
          <PostcodeField flow={flow} errorFor={errorFor} />
          <h2 className="nhsuk-heading-m">The baby</h2>
          <BabyFields flow={flow} errorFor={errorFor} />
          <h2 className="nhsuk-heading-m">How to contact the family</h2>
          <ContactFields flow={flow} errorFor={errorFor} />
          <h2 className="nhsuk-heading-m">What is worrying the family</h2>
          <WorryFields flow={flow} errorFor={errorFor} legendHidden />
          <h2 className="nhsuk-heading-m">Safety</h2>
          <YesNoQuestion
            id={FIELD.immediateRisk}
            legend="Is anyone at immediate risk of harm?"
            value={a.immediateRisk}
            onChange={(value) => flow.setAnswer('immediateRisk', value)}
            error={errorFor(FIELD.immediateRisk)}
            ifYes={
              <>
                <UrgentHelp text={flow.service.urgentHelpText} heading="Do not wait for this referral" />
                <p className="nhsuk-body">Follow your own organisation&apos;s safeguarding procedures as well.</p>
              </>
            }
          />
          <Checkboxes name={FIELD.consent} legend="Consent" legendProps={{ size: 'm' }} error={errorFor(FIELD.consent)}>
            <Checkboxes.Item
              id={FIELD.consent}
              value="yes"
              checked={a.consent}
              onChange={(e) => flow.setAnswer('consent', e.currentTarget.checked)}
            >
              The family has agreed to this referral
            </Checkboxes.Item>
          </Checkboxes>
          <Honeypot value={website} onChange={setWebsite} />
          <Button type="submit">{mutation.isPending ? 'Sending…' : 'Send referral'}</Button>
        </form>
      </div>
    </div>
  );
}
