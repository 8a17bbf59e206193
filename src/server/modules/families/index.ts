export { familyRoutes } from './routes';
export { allocateFamily } from './allocate-family';
export { listAllocatable } from './list-allocatable';
