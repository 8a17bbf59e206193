export { measureLinkRoutes } from './routes';
