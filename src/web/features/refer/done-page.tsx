import { Link, useLocation } from 'react-router';
import { CONTACT_METHODS } from '../../../core/referral-options';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { Paragraphs } from '../../components/paragraphs';
import { UrgentHelp } from './fields/urgent-help';
import { usePublicServiceContext } from './public-layout';
import type { DoneState } from './referral-flow';

/** The reference, spelled out for screen readers so it can be read back a character at a time. */
function Reference({ code }: { code: string }) {
  return (
    <p className="haven-reference">
      <span aria-hidden="true">{code}</span>
      <span className="nhsuk-u-visually-hidden">{code.split('').join(' ')}</span>
    </p>
  );
}

/** After a referral is sent: its reference, what happens next, and help that should not wait. */
export function DonePage() {
  const service = usePublicServiceContext();
  const done = useLocation().state as DoneState | null;
  usePageTitle(done ? 'Referral sent' : 'Your referral');
  if (!done) return <NothingToShow slug={service.slug} />;
  const { receipt, route, preferredContact } = done;
  const self = route === 'self';
  const how = preferredContact ? ` by ${CONTACT_METHODS[preferredContact].toLowerCase()}` : '';
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <div className="nhsuk-panel">
          <PageHeading className="nhsuk-panel__title nhsuk-panel__title--l">Referral sent</PageHeading>
          <div className="nhsuk-panel__body">
            <p className="nhsuk-body">Your reference is</p>
            <Reference code={receipt.reference} />
          </div>
        </div>
        {receipt.immediateRisk ? <UrgentHelp text={service.urgentHelpText} /> : null}
        <p className="nhsuk-body">
          Please keep your reference. If you contact us about this referral, it helps us find it quickly.
        </p>
        <h2 className="nhsuk-heading-m">What happens next</h2>
        <p className="nhsuk-body">
          {self
            ? `Someone from our team reads every referral. We will contact you${how} to talk about what happens next.`
            : `Someone from our team reads every referral. We will contact the family${how}, and we may contact you if we have questions.`}
        </p>
        {receipt.eligibility === 'ineligible' ? (
          <>
            <h2 className="nhsuk-heading-m">Other support</h2>
            <p className="nhsuk-body">
              From what you have told us, we may not be the right service for {self ? 'your family' : 'this family'},
              for example because of the baby&apos;s age or where the family lives. We will still read the referral and
              let {self ? 'you' : 'the family'} know.
            </p>
            <Paragraphs text={service.ineligibleHelpText} />
          </>
        ) : null}
        <p className="nhsuk-body">
          <Link to={`/s/${service.slug}/refer`}>Back to the start</Link>
        </p>
      </div>
    </div>
  );
}

function NothingToShow({ slug }: { slug: string }) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>Your referral</PageHeading>
        <p className="nhsuk-body">
          This page shows the reference of a referral straight after it is sent, and there is none to show now. A
          referral that showed its reference has reached us: there is no need to send it again.
        </p>
        <p className="nhsuk-body">
          <Link to={`/s/${slug}/refer`}>Make a new referral</Link>
        </p>
      </div>
    </div>
  );
}
