import { Button, Checkboxes, Select } from 'nhsuk-react-components';
import type { SyntheticEvent } from 'react';
import { REFERRAL_STATUS_CODES, REFERRAL_STATUSES, SOURCE_LABELS } from '../../../core/referral-options';
import type { QueueFilter } from './api';
import { ELIGIBILITY_LABELS } from './tags';

type Props = { filter: QueueFilter; onApply: (filter: QueueFilter) => void };

/** The queue's filters: a GET form whose answers become the page's address (so they can be shared). */
export function QueueFilters({ filter, onApply }: Props) {
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => {
      const v = data.get(name);
      return typeof v === 'string' && v !== '' ? v : undefined;
    };
    onApply({
      status: value('status'),
      source: value('source'),
      eligibility: value('eligibility'),
      flagged: value('flagged'),
    });
  };
  // A new filter from the address (Back, a shared link) starts the form afresh.
  return (
    <form method="get" onSubmit={submit} noValidate key={JSON.stringify(filter)}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-quarter">
          <Select id="status" name="status" label="Status" defaultValue={filter.status ?? ''}>
            <Select.Option value="">Waiting for a decision</Select.Option>
            {REFERRAL_STATUS_CODES.map((code) => (
              <Select.Option key={code} value={code}>
                {REFERRAL_STATUSES[code]}
              </Select.Option>
            ))}
          </Select>
        </div>
        <div className="nhsuk-grid-column-one-quarter">
          <Select id="source" name="source" label="Source" defaultValue={filter.source ?? ''}>
            <Select.Option value="">All sources</Select.Option>
            {Object.entries(SOURCE_LABELS).map(([code, label]) => (
              <Select.Option key={code} value={code}>
                {label}
              </Select.Option>
            ))}
          </Select>
        </div>
        <div className="nhsuk-grid-column-one-quarter">
          <Select id="eligibility" name="eligibility" label="Eligibility" defaultValue={filter.eligibility ?? ''}>
            <Select.Option value="">Any</Select.Option>
            {Object.entries(ELIGIBILITY_LABELS).map(([code, label]) => (
              <Select.Option key={code} value={code}>
                {label}
              </Select.Option>
            ))}
          </Select>
        </div>
        <div className="nhsuk-grid-column-one-quarter haven-filters__checkbox">
          <Checkboxes name="flagged" small>
            <Checkboxes.Item id="flagged" value="true" defaultChecked={filter.flagged === 'true'}>
              Possible duplicates only
            </Checkboxes.Item>
          </Checkboxes>
        </div>
      </div>
      <Button type="submit" secondary small>
        Apply filters
      </Button>
    </form>
  );
}
