export { measureRoutes } from './routes';
