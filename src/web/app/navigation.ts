import { canOpen } from '../../core/roles';
import type { NavItem } from '../components/app-header';
import type { Session } from '../features/auth/api';

const isCurrent = (to: string, pathname: string) =>
  to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);

/** The header navigation for a signed-in person: by role (core/roles AREAS) and by membership. */
export function navigationFor(session: Session, pathname: string): NavItem[] {
  const service = session.service;
  const items: Omit<NavItem, 'current'>[] = [];
  if (service) {
    if (canOpen(service.role, 'home')) items.push({ to: '/', label: 'Home' });
    if (canOpen(service.role, 'triage')) {
      items.push({ to: '/referrals', label: 'Referrals' });
      items.push({ to: '/waiting-list', label: 'Waiting list' });
    }
    if (canOpen(service.role, 'caseload')) items.push({ to: '/caseload', label: 'Your caseload' });
    if (canOpen(service.role, 'records')) items.push({ to: '/appointments', label: 'Appointments' });
    if (canOpen(service.role, 'admin')) items.push({ to: '/admin', label: 'Admin' });
  }
  if (session.services.length > 1)
    items.push({ to: '/services', label: service ? 'Switch service' : 'Choose a service' });
  items.push({ to: '/account', label: 'Your account' });
  return items.map((item) => ({ ...item, current: isCurrent(item.to, pathname) }));
}
