export { interactionRoutes } from './routes';
