import type { Role } from '../../../core/roles';

export type WelcomeCard = { heading: string; text: string; link?: { to: string; label: string } };

const CASELOAD_CARD: WelcomeCard = {
  heading: 'Your caseload',
  text: 'The families allocated to you.',
  link: { to: '/caseload', label: 'See your caseload' },
};

/**
 * What each role's home page offers: links to the parts of Haven that exist, and plain words on
 * what is still coming. It shows no made-up data.
 */
export const ROLE_WELCOME: Record<Role, { lede: string; cards: WelcomeCard[] }> = {
  admin: {
    lede: 'You look after who can use Haven in this service and how it is set up.',
    cards: [
      {
        heading: 'Members and settings',
        text: 'Add people to the service, change their roles, and decide whether everyone must use two-factor sign-in.',
        link: { to: '/admin', label: 'Manage members and settings' },
      },
      {
        heading: 'Referral settings',
        text: 'Who the service is for, which professionals can refer, the target wait, and what the referral forms say.',
        link: { to: '/admin/referral-settings', label: 'Change the referral settings' },
      },
      {
        heading: 'Referrals and waiting list',
        text: 'Referrals waiting for a decision, and families waiting for a practitioner.',
        link: { to: '/referrals', label: 'See the referrals' },
      },
    ],
  },
  manager: {
    lede: 'You see referrals waiting for triage, the waiting list and how caseloads are balanced.',
    cards: [
      {
        heading: 'Triage and waiting list',
        text: 'Referrals waiting for a decision, and families waiting for a practitioner.',
        link: { to: '/referrals', label: 'See the referrals' },
      },
      CASELOAD_CARD,
      { heading: 'Team performance', text: 'Waiting times, activity and caseload balance will appear here.' },
    ],
  },
  practitioner: {
    lede: 'You will see the families you work with, your appointments and what needs doing next.',
    cards: [CASELOAD_CARD, { heading: 'Your appointments', text: 'Your upcoming appointments will appear here.' }],
  },
  coordinator: {
    lede: 'You will take in referrals, book appointments and keep the waiting list moving.',
    cards: [
      {
        heading: 'New referrals',
        text: 'Referrals from parents and professionals, waiting for a decision.',
        link: { to: '/referrals', label: 'See the referrals' },
      },
      {
        heading: 'Waiting list',
        text: 'Families accepted and waiting for a practitioner, and how long they have waited.',
        link: { to: '/waiting-list', label: 'See the waiting list' },
      },
      { heading: 'Appointments', text: 'Booking and attendance for the team will appear here.' },
    ],
  },
  viewer: {
    lede: 'You will see reports on the service for commissioners and trustees: aggregated figures only, never individual families.',
    cards: [{ heading: 'Reports', text: 'Contract and board reports will appear here.' }],
  },
  trainer: {
    lede: 'You will run courses for professionals: cohorts, attendance and certificates.',
    cards: [{ heading: 'Courses and cohorts', text: 'Your courses and cohorts will appear here.' }],
  },
};
