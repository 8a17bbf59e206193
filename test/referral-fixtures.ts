// Referral bodies for tests, dated relative to today so they stay valid.
import { randomUUID } from 'node:crypto';
import { addMonths, todayInLondon } from '../src/core/dates';

export const monthsAgo = (n: number) => addMonths(todayInLondon(), -n);

export function selfReferral(over: Record<string, unknown> = {}) {
  return {
    route: 'self',
    submissionId: randomUUID(),
    parents: [
      {
        name: 'Jane Example',
        dateOfBirth: '1994-05-06',
        relationship: 'mother',
        phone: '07700 900123',
        preferredContact: 'text',
        safeToLeaveVoicemail: false,
        safeToText: true,
        language: 'English',
        interpreterNeeded: false,
      },
    ],
    baby: { kind: 'born', name: 'Ava Example', dateOfBirth: monthsAgo(3) },
    postcode: 'OX4 1AB',
    worries: ['bonding', 'low-or-anxious'],
    details: 'I feel <b>distant</b> from my baby & cry a lot.',
    immediateRisk: false,
    consent: true,
    ...over,
  };
}

export function professionalReferral(over: Record<string, unknown> = {}) {
  const { consent: _c, ...base } = selfReferral();
  return {
    ...base,
    route: 'professional',
    parents: [{ name: 'Sam Parent', relationship: 'father', nhsNumber: '943 476 5919' }],
    baby: { kind: 'expected', dueDate: addMonths(todayInLondon(), 3) },
    referrer: {
      name: 'Helen Visitor',
      role: 'health-visitor',
      organisation: 'Oxford Health',
      phone: '01865 000000',
      email: 'helen@example.nhs.uk',
    },
    familyConsented: true,
    ...over,
  };
}
