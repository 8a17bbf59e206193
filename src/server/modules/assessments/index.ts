export { assessmentRoutes } from './routes';
