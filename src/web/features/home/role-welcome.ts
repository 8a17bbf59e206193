import type { Role } from '../../../core/roles';

export type WelcomeCard = { heading: string; text: string; link?: { to: string; label: string } };

/**
 * What each role's home page says while the parts of Haven they will use are being built. It says
 * plainly what is coming, and shows no made-up data.
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
        heading: 'Referral sources and contracts',
        text: 'Setting up eligibility, referral sources and contracts will appear here.',
      },
    ],
  },
  manager: {
    lede: 'You will see referrals waiting for triage, the waiting list and how caseloads are balanced.',
    cards: [
      {
        heading: 'Triage and waiting list',
        text: 'Referrals waiting for a decision and families waiting for allocation will appear here.',
      },
      { heading: 'Team performance', text: 'Waiting times, activity and caseload balance will appear here.' },
    ],
  },
  practitioner: {
    lede: 'You will see the families you work with, your appointments and what needs doing next.',
    cards: [
      { heading: 'Your caseload', text: 'Your caseload will appear here.' },
      { heading: 'Your appointments', text: 'Your upcoming appointments will appear here.' },
    ],
  },
  coordinator: {
    lede: 'You will take in referrals, book appointments and keep the waiting list moving.',
    cards: [
      { heading: 'New referrals', text: 'New referrals from parents and professionals will appear here.' },
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
