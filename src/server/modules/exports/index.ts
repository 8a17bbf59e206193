export { exportRoutes } from './routes';
export { exportFhir } from './export-fhir';
export { subjectAccess } from './subject-access';
