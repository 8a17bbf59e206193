import './measure-links.css';
import { useQuery } from '@tanstack/react-query';
import { WarningCallout } from 'nhsuk-react-components';
import { Link } from 'react-router';
import { formatDate, readableDates } from '../../app/format';
import { alertKeys, listAlerts, type MeasureAlert } from './api';

export const measuresPath = (familyId: string) => `/families/${encodeURIComponent(familyId)}/measures`;

/**
 * Critical answers nobody has acted on yet (e.g. thoughts of self-harm), at the top of the
 * caseload and the home page: on the practitioner's own families, or the whole service for a
 * manager. Nothing is shown when there are none.
 */
export function MeasureAlertsCallout() {
  const alerts = useQuery({ queryKey: alertKeys.all, queryFn: listAlerts, refetchInterval: 60_000 });
  if (!alerts.data || alerts.data.length === 0) return null;
  return (
    <WarningCallout>
      <WarningCallout.Heading headingLevel="h2">Needs attention now</WarningCallout.Heading>
      <p>
        {alerts.data.length === 1 ? 'A measure has' : `${alerts.data.length} measures have`} an answer that needs acting
        on today. Open the family&apos;s measures to see the answers and record what you did.
      </p>
      <ul>
        {alerts.data.map((a) => (
          <AlertItem key={a.resultId} alert={a} />
        ))}
      </ul>
    </WarningCallout>
  );
}

function AlertItem({ alert }: { alert: MeasureAlert }) {
  const how = alert.mode === 'parent-link' ? 'completed by the parent' : 'entered';
  return (
    <li>
      <Link to={measuresPath(alert.family.id)}>{readableDates(alert.family.name)}</Link>: {alert.measure.shortName}{' '}
      {how} on {formatDate(alert.completedOn)}.{' '}
      {alert.items.map((i) => `Question ${i.number}: ${i.reason} (scored ${i.score})`).join('; ')}.
    </li>
  );
}
