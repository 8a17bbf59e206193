import { Card } from 'nhsuk-react-components';
import { Link } from 'react-router';
import { canOpen, ROLE_LABELS } from '../../../core/roles';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { useSession } from '../auth/use-session';
import { MeasureAlertsCallout } from '../measure-links/alerts-callout';
import { TriageCount } from '../referrals/triage-count';
import { ROLE_WELCOME } from './role-welcome';

export function HomePage() {
  usePageTitle('Home');
  const { data: session } = useSession();
  const service = session?.service;
  if (!session || !service) return null;
  const welcome = ROLE_WELCOME[service.role];
  return (
    <>
      <PageHeading caption={service.name}>Welcome, {session.user.displayName}</PageHeading>
      {canOpen(service.role, 'caseload') ? <MeasureAlertsCallout /> : null}
      <p className="nhsuk-lede-text">{welcome.lede}</p>
      <p className="nhsuk-body">
        Your role in this service: <strong>{ROLE_LABELS[service.role]}</strong>
      </p>
      {canOpen(service.role, 'triage') ? <TriageCount /> : null}
      <ul className="nhsuk-grid-row nhsuk-card-group">
        {welcome.cards.map((card) => (
          <li className="nhsuk-grid-column-one-half nhsuk-card-group__item" key={card.heading}>
            <Card clickable={Boolean(card.link)}>
              <Card.Heading headingLevel="h2" size="m">
                {card.link ? (
                  <Card.Link asElement={Link} to={card.link.to}>
                    {card.heading}
                  </Card.Link>
                ) : (
                  card.heading
                )}
              </Card.Heading>
              <Card.Description>{card.text}</Card.Description>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
