import { Card, InsetText } from 'nhsuk-react-components';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { Paragraphs } from '../../components/paragraphs';
import type { PublicService } from './api';
import { usePublicServiceContext } from './public-layout';

/** "From pregnancy until a baby is 2 years old", from the service's own rules. */
export function whoWeHelp(service: PublicService): string {
  const months = service.ageLimitMonths;
  const age = months % 12 === 0 ? `${months / 12} year${months === 12 ? '' : 's'}` : `${months} months`;
  return service.acceptPregnancy ? `from pregnancy until their baby is ${age} old` : `with babies under ${age} old`;
}

/** The front door: who is making the referral? */
export function StartPage() {
  const service = usePublicServiceContext();
  usePageTitle(`Refer to ${service.name}`);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading caption={service.name}>Get support for you and your baby</PageHeading>
        <p className="nhsuk-lede-text">
          We help parents and carers and their babies build a close and secure relationship, {whoWeHelp(service)}.
        </p>
        <p className="nhsuk-body">Our support is free and confidential. You do not need to see your GP first.</p>
        <h2 className="nhsuk-heading-m">Who is making this referral?</h2>
        <ul className="nhsuk-list haven-choice-list">
          <li>
            <Card clickable primary>
              <Card.Heading headingLevel="h3" size="m">
                <Card.Link asElement={Link} to="self">
                  I&apos;m a parent or carer
                </Card.Link>
              </Card.Heading>
              <Card.Description>
                Ask for support for yourself and your baby, or the baby you are expecting.
              </Card.Description>
            </Card>
          </li>
          <li>
            <Card clickable primary>
              <Card.Heading headingLevel="h3" size="m">
                <Card.Link asElement={Link} to="professional">
                  I&apos;m a professional (health visitor, midwife, GP, social worker…)
                </Card.Link>
              </Card.Heading>
              <Card.Description>Refer a family you work with, who have agreed to the referral.</Card.Description>
            </Card>
          </li>
        </ul>
        <InsetText>
          <Paragraphs text={service.urgentHelpText} />
        </InsetText>
      </div>
    </div>
  );
}
