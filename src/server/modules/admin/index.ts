export { adminRoutes } from './routes';
export { addMember } from './add-member';
