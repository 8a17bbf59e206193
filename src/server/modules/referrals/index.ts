export { referralRoutes } from './routes';
export { settingsOf } from './settings';
export { submitReferral } from './submit-referral';
export { decideReferral } from './decide-referral';
export { Decision, SubmitReferral } from './schemas';
export { drainAllInboxes, drainInbox } from './process-inbox';
