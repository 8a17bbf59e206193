import './measure-links.css';
import { Tag } from 'nhsuk-react-components';
import { Link } from 'react-router';
import type { OutstandingKind } from '../../../core/measures/outstanding';
import { formatDate } from '../../app/format';
import { measuresPath } from './alerts-callout';
import type { OutstandingMeasure } from './api';

const COLOURS: Record<OutstandingKind, 'red' | 'orange' | 'yellow' | 'blue' | 'grey'> = {
  alert: 'red',
  'link-expired': 'orange',
  'assessment-not-given': 'yellow',
  'review-due': 'yellow',
  'discharge-not-given': 'yellow',
  'link-waiting': 'blue',
};

const words = (m: OutstandingMeasure) => {
  if (m.plannedEndOn) return `${m.label}: work ends ${formatDate(m.plannedEndOn, 'short')}`;
  return m.count !== null && m.count > 1 ? `${m.label} (${m.count})` : m.label;
};

/** A family's outstanding measure work as short tags, each linking to the family's Measures page. */
export function OutstandingMeasureTags({ familyId, measures }: { familyId: string; measures: OutstandingMeasure[] }) {
  return (
    <>
      {measures.map((m) => (
        <Link key={m.kind} to={measuresPath(familyId)} className="haven-tag-link">
          <Tag modifier={COLOURS[m.kind]}>{words(m)}</Tag>
        </Link>
      ))}
    </>
  );
}
