import { Tag } from 'nhsuk-react-components';
import { Link } from 'react-router';
import { RISK_LEVELS, RISK_TYPES } from '../../../core/family-options';
import { formatDate } from '../../app/format';
import { measuresPath } from '../measure-links/alerts-callout';
import type { BannerFlag, FamilyRecord } from './api';

const LEVEL_COLOURS = { high: 'red', medium: 'orange', low: 'yellow' } as const;

export function FlagTag({ flag }: { flag: BannerFlag }) {
  return (
    <Tag modifier={LEVEL_COLOURS[flag.level]}>
      {RISK_TYPES[flag.type]}: {RISK_LEVELS[flag.level].toLowerCase()}
      {flag.overdue ? ' (review overdue)' : ''}
    </Tag>
  );
}

/** Who the record is about, how old the babies are, who holds it, and any active risk flags: always in view. */
export function RecordBanner({ record }: { record: FamilyRecord }) {
  const people = record.people.filter((p) => p.active);
  const carers = people.filter((p) => p.kind === 'carer');
  const babies = people.filter((p) => p.kind === 'baby');
  return (
    <section className="haven-record-banner" aria-label="About this family">
      <dl className="haven-record-banner__facts">
        <div>
          <dt>{carers.length === 1 ? 'Parent or carer' : 'Parents or carers'}</dt>
          <dd>{carers.map((c) => c.name).join(', ') || 'None recorded'}</dd>
        </div>
        {babies.map((b) => (
          <div key={b.id}>
            <dt>{b.dateOfBirth ? 'Baby' : 'Pregnancy'}</dt>
            <dd>
              {b.dateOfBirth ? (
                <>
                  {b.name}, born {formatDate(b.dateOfBirth)}: {b.age?.text}
                </>
              ) : (
                <>Due {b.dueDate ? formatDate(b.dueDate) : 'date not known'}</>
              )}
            </dd>
          </div>
        ))}
        <div>
          <dt>Practitioner</dt>
          <dd>
            {record.practitioner?.name ?? 'Not allocated yet'}
            {record.coWorker ? `, with ${record.coWorker.name}` : ''}
          </dd>
        </div>
        <div>
          <dt>Reference</dt>
          <dd className="haven-nowrap">{record.reference}</dd>
        </div>
      </dl>
      <div className="haven-tags">
        {record.status === 'discharged' ? <Tag modifier="grey">Discharged: read-only</Tag> : null}
        {record.status === 'waiting' ? <Tag modifier="blue">Waiting for allocation</Tag> : null}
        {record.alerts > 0 ? (
          <Link to={measuresPath(record.id)} className="haven-tag-link">
            <Tag modifier="red">
              {record.alerts === 1 ? 'Measure alert' : `${record.alerts} measure alerts`}: needs acting on
            </Tag>
          </Link>
        ) : null}
        {record.flags.map((f) => (
          <FlagTag key={f.id} flag={f} />
        ))}
        {record.flags.length === 0 ? <span className="nhsuk-body-s">No active risk flags</span> : null}
      </div>
    </section>
  );
}
