import { useQuery } from '@tanstack/react-query';
import { WarningCallout } from 'nhsuk-react-components';
import { Link } from 'react-router';
import { measuresPath } from './alerts-callout';
import { getMeasureStatus, linkKeys } from './api';

/**
 * On the discharge page: a reminder, not a bar, when no measure has been given at discharge, so the
 * family's outcomes can show the change the work made.
 */
export function DischargeMeasureWarning({ familyId }: { familyId: string }) {
  const status = useQuery({ queryKey: linkKeys.status(familyId), queryFn: () => getMeasureStatus(familyId) });
  if (!status.data || status.data.dischargeMeasureGiven) return null;
  return (
    <WarningCallout>
      <WarningCallout.Heading headingLevel="h2">Outcome measures</WarningCallout.Heading>
      <p>
        No discharge measure yet: <Link to={measuresPath(familyId)}>give the measures now, or send a link</Link>.
      </p>
      <p>Without one, the family&apos;s outcomes cannot show the change from the start. You can still discharge.</p>
    </WarningCallout>
  );
}
