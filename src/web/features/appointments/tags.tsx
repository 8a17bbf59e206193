import { Tag } from 'nhsuk-react-components';
import type { ComponentProps } from 'react';
import { APPOINTMENT_STATUSES, type AppointmentStatus } from '../../../core/family-options';

const COLOURS: Record<AppointmentStatus, ComponentProps<typeof Tag>['modifier']> = {
  booked: 'blue',
  attended: 'green',
  'did-not-attend': 'orange',
  'cancelled-by-family': 'grey',
  'cancelled-by-service': 'grey',
};

export function AppointmentStatusTag({ status }: { status: AppointmentStatus }) {
  return <Tag modifier={COLOURS[status]}>{APPOINTMENT_STATUSES[status]}</Tag>;
}

/** A booked appointment that has started and has no outcome yet. */
export function OutcomeDueTag() {
  return <Tag modifier="yellow">Outcome to record</Tag>;
}
