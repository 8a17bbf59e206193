export * from './types';
export * from './catalogue';
export { answerCount, bandOf, inClinicalRange, itemScore, responseProblems, scoreMeasure } from './score';
export {
  classifyChange,
  describeChange,
  reliableChangeThreshold,
  standardErrorOfDifference,
  type ChangeClassification,
  type ClinicalChange,
  type ReliableChange,
} from './change';
export { MAX_GOALS } from './gbo';
