import type { Role } from '../../../core/roles';
import type { Config } from '../../config';
import { addMember } from '../../modules/admin';
import { createService } from '../../modules/services';
import type { ServiceCtx } from '../../platform/context';
import type { Db } from '../../platform/db';
import { seedDemoAssessments } from './demo-assessments';
import { seedDemoInteractions } from './demo-interactions';
import { seedDemoMeasures } from './demo-measures';
import { seedDemoRecords } from './demo-records';
import { seedDemoReferrals } from './demo-referrals';

export const DEMO_SERVICE = { name: 'Demo Parent-Infant Team', slug: 'demo' };
export const DEMO_SECOND_SERVICE = { name: 'Demo Northern Pip', slug: 'demo-north' };

export type DemoAccount = { role: Role; email: string; password: string; name: string };

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { role: 'admin', name: 'Ada Admin', email: 'admin@demo.haven.test', password: 'demo-admin-password' },
  { role: 'manager', name: 'Morgan Manager', email: 'manager@demo.haven.test', password: 'demo-manager-password' },
  {
    role: 'practitioner',
    name: 'Priya Practitioner',
    email: 'practitioner@demo.haven.test',
    password: 'demo-practitioner-password',
  },
  {
    role: 'coordinator',
    name: 'Cal Coordinator',
    email: 'coordinator@demo.haven.test',
    password: 'demo-coordinator-password',
  },
  { role: 'viewer', name: 'Vic Commissioner', email: 'viewer@demo.haven.test', password: 'demo-viewer-password' },
  { role: 'trainer', name: 'Tess Trainer', email: 'trainer@demo.haven.test', password: 'demo-trainer-password' },
];

/** A service-admin context for work the command line does on nobody's behalf. */
export const systemCtx = (db: Db, config: Config, serviceId: string): ServiceCtx => ({
  db,
  config,
  serviceId,
  role: 'admin',
  // Acts as nobody in particular: no membership of its own.
  membershipId: '',
  userId: null,
  sessionId: null,
  requestId: null,
  clientAddress: null,
});

/**
 * Creates the demo service with one account per role, and a second service the demo admin also
 * belongs to, so the service picker has something to pick.
 */
export async function seedDemo(db: Db, config: Config): Promise<DemoAccount[]> {
  const serviceId = await createService({ db, input: DEMO_SERVICE });
  const ctx = systemCtx(db, config, serviceId);
  const userIds = new Map<Role, string>();
  for (const a of DEMO_ACCOUNTS) {
    const added = await addMember({
      ctx,
      input: { email: a.email, displayName: a.name, role: a.role, password: a.password },
    });
    userIds.set(a.role, added.member.userId);
  }
  // Two more practitioners, so a manager sees a team's caseloads (they sign in through an invitation).
  for (const [email, name] of [
    ['sam.okoro@demo.haven.test', 'Sam Okoro'],
    ['lucy.bennett@demo.haven.test', 'Lucy Bennett'],
  ] as const) {
    await addMember({ ctx, input: { email, displayName: name, role: 'practitioner' } });
  }
  // The demo's decisions were made by its coordinator, so their history reads as it would.
  await seedDemoReferrals(db, config, serviceId, userIds.get('coordinator') ?? null);
  await seedDemoRecords(db, serviceId, 4);
  await seedDemoMeasures(db, serviceId);
  await seedDemoAssessments(db, serviceId);
  await seedDemoInteractions(db, serviceId);
  const secondId = await createService({ db, input: DEMO_SECOND_SERVICE });
  const admin = DEMO_ACCOUNTS[0];
  if (admin) {
    await addMember({
      ctx: systemCtx(db, config, secondId),
      input: { email: admin.email, displayName: admin.name, role: 'admin' },
    });
  }
  return DEMO_ACCOUNTS;
}
