export { createService, CreateService } from './create-service';
export { countServices, findServiceBySlug } from './queries';
