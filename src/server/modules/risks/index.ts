export { riskRoutes } from './routes';
export { overdueReviewCounts, visibleActiveFlags, type ActiveFlag } from './active-flags';
export { RiskFlag } from './schemas';
