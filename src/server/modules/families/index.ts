export { familyRoutes } from './routes';
export { FamilyId, OutstandingMeasure, PersonParams, personContactAndConsent } from './schemas';
export { allocateFamily } from './allocate-family';
export { listAllocatable } from './list-allocatable';
export { openFamily, requireClinical, requireOpen, RECORD_ROLES, type FamilyAccess } from './access';
export { checkChildAndCarer, isBornChild, isCarer, peopleOfFamily, type FamilyPersonRow } from './dyad';
