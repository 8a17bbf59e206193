export { measureRoutes } from './routes';
export { serviceMeasure, serviceMeasures, measureView } from './service-measures';
export { storeResult, type NewResult } from './store-result';
export { MeasureResult, MeasureView } from './schemas';
