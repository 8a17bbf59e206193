import { Tag } from 'nhsuk-react-components';
import type { ComponentProps } from 'react';
import { PRIORITIES, REFERRAL_STATUSES, type Priority, type ReferralStatus } from '../../../core/referral-options';
import type { Eligibility } from './api';

export const ELIGIBILITY_LABELS: Record<Eligibility, string> = {
  eligible: 'Eligible',
  ineligible: 'Not eligible',
  check: 'Check',
};

export function EligibilityTag({ eligibility }: { eligibility: Eligibility }) {
  const modifier = eligibility === 'eligible' ? 'green' : eligibility === 'ineligible' ? 'grey' : 'yellow';
  return <Tag modifier={modifier}>{ELIGIBILITY_LABELS[eligibility]}</Tag>;
}

const STATUS_COLOURS: Record<ReferralStatus, ComponentProps<typeof Tag>['modifier']> = {
  new: 'blue',
  'info-requested': 'yellow',
  accepted: 'green',
  declined: 'grey',
  signposted: 'aqua-green',
  merged: 'grey',
};

export function StatusTag({ status }: { status: ReferralStatus }) {
  return <Tag modifier={STATUS_COLOURS[status]}>{REFERRAL_STATUSES[status]}</Tag>;
}

export function PriorityTag({ priority }: { priority: Priority }) {
  const modifier = priority === 'urgent' ? 'red' : priority === 'priority' ? 'orange' : 'grey';
  return <Tag modifier={modifier}>{PRIORITIES[priority]}</Tag>;
}

/** The flags a coordinator must not miss: a possible duplicate, someone at immediate risk. */
export function Flags({ immediateRisk, duplicates }: { immediateRisk: boolean; duplicates: number }) {
  if (!immediateRisk && duplicates === 0) return null;
  return (
    <span className="haven-tags">
      {immediateRisk ? <Tag modifier="red">Immediate risk</Tag> : null}
      {duplicates > 0 ? <Tag modifier="purple">Possible duplicate</Tag> : null}
    </span>
  );
}
