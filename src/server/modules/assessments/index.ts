export { assessmentRoutes } from './routes';
export { AssessmentList, AttachmentObservation, SecureBaseReview } from './schemas';
