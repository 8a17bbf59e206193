import type { FormProblems, Problem } from '../../app/forms';

/**
 * How a form on the risks page reports back: one error summary and one success banner for the
 * whole page, at its top, as the NHS.UK patterns ask.
 */
export type Feedback = {
  form: FormProblems;
  done: (heading: string, text: string) => void;
  failed: (error: unknown, problems: Problem[]) => void;
};
