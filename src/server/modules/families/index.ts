export { familyRoutes } from './routes';
export { allocateFamily } from './allocate-family';
export { listAllocatable } from './list-allocatable';
export { openFamily, requireClinical, requireOpen, RECORD_ROLES, type FamilyAccess } from './access';
