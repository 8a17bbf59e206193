export { disclosureRoutes } from './routes';
export { Disclosure } from './schemas';
