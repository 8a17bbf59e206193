export { appointmentRoutes } from './routes';
export { lastContacts, nextAppointments } from './queries';
