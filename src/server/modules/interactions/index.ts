export { interactionRoutes } from './routes';
export { InteractionObservation } from './schemas';
