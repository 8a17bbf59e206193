export { familyRoutes } from './routes';
