import { useEffect, useRef } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useProblems, type Problem } from '../../../app/forms';
import { FIELD } from '../fields';
import { useFlow } from '../referral-flow';

/** The self-referral's pages, in order, by their path under /s/<slug>/refer/self. */
export const STEP = {
  aboutYou: '',
  baby: 'baby',
  worries: 'worries',
  contact: 'contact',
  safety: 'safety',
  urgentHelp: 'urgent-help',
  check: 'check',
} as const;
export type Step = (typeof STEP)[keyof typeof STEP];

const CONTACT_FIELDS: string[] = [
  FIELD.phone,
  FIELD.email,
  FIELD.preferredContact,
  FIELD.voicemail,
  FIELD.text,
  FIELD.language,
  FIELD.interpreter,
  FIELD.address,
];

/** The page that asks for a field, to send someone back to when the API refuses it. */
export function stepOfField(field: string | undefined): Step {
  if (!field) return STEP.check;
  if (field.startsWith('parent-') || field === FIELD.postcode) return STEP.aboutYou;
  if (field.startsWith('baby-') || field.startsWith('due-date')) return STEP.baby;
  if (field.startsWith('worries') || field === FIELD.details) return STEP.worries;
  if (CONTACT_FIELDS.includes(field)) return STEP.contact;
  if (field === FIELD.immediateRisk) return STEP.safety;
  return STEP.check;
}

/** What a page is given when another page sends someone to it: the problems to put right. */
export type StepState = { problems?: Problem[] } | null;

/**
 * A self-referral page's behaviour: its checks on Continue, where Continue and Back go (back to
 * "check your answers" after a Change link), and problems handed over by another page.
 */
export function useStep(previous: Step | 'start', next: Step) {
  const flow = useFlow();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const form = useProblems();
  const changing = params.get('return') === 'check';
  const pathOf = (step: Step) => (step ? `${flow.base}/${step}` : flow.base);

  const handed = useRef((location.state as StepState)?.problems);
  const { show } = form;
  useEffect(() => {
    if (handed.current) show(handed.current);
  }, [show]);

  const go = (step: Step) => void navigate(pathOf(step));
  const continueTo = (problems: Problem[], to: Step = next) => {
    if (problems.length > 0) return form.show(problems);
    form.clear();
    go(changing && to !== STEP.urgentHelp ? STEP.check : to);
  };
  const back = previous === 'start' ? `/s/${flow.service.slug}/refer` : pathOf(previous);
  return {
    flow,
    form,
    /** Continue: show the problems, or go on to `to` (or back to check your answers). */
    continueTo,
    backTo: changing ? pathOf(STEP.check) : back,
    go,
    pathOf,
  };
}
