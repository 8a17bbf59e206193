import { Tag } from 'nhsuk-react-components';
import type { WaitBand } from '../../../core/wait-time';
import { plural } from '../../app/format';

/** Days waiting, in weeks too, with a tag when the wait is near or past the target. */
export function WaitTime({ days, band }: { days: number; band: WaitBand }) {
  return (
    <>
      {plural(days, 'day')}
      <br />
      <span className="nhsuk-u-secondary-text-colour">{plural(Math.floor(days / 7), 'week')}</span>
      {band === 'near' ? (
        <>
          <br />
          <Tag modifier="yellow" className="haven-nowrap">
            Near target
          </Tag>
        </>
      ) : null}
      {band === 'over' ? (
        <>
          <br />
          <Tag modifier="red" className="haven-nowrap">
            Over target
          </Tag>
        </>
      ) : null}
    </>
  );
}
