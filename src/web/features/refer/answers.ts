import type { ContactMethod, ProfessionalSource, Relationship, Worry } from '../../../core/referral-options';
import { EMPTY_DATE, type DateParts } from '../../components/date-field';
import type { YesNo } from '../../components/yes-no';

export type ReferralRoute = 'self' | 'professional';

/** What the person has typed so far, as typed: it becomes the API's shape only when sent. */
export type Answers = {
  parent: { name: string; dateOfBirth: DateParts; relationship: Relationship | ''; nhsNumber: string };
  contact: {
    phone: string;
    email: string;
    preferredContact: ContactMethod | '';
    voicemail: YesNo;
    text: YesNo;
    language: string;
    interpreter: YesNo;
    address: string;
  };
  postcode: string;
  baby: { kind: '' | 'born' | 'expected'; name: string; dateOfBirth: DateParts; nhsNumber: string; dueDate: DateParts };
  worries: Worry[];
  worriesOther: string;
  details: string;
  immediateRisk: YesNo;
  /** Self-referral: the parent's agreement. Professional referral: the family has agreed. */
  consent: boolean;
  referrer: {
    name: string;
    role: ProfessionalSource | '';
    roleOther: string;
    organisation: string;
    phone: string;
    email: string;
  };
};

/** Answers that are objects, changed a field at a time. */
export type Section = 'parent' | 'contact' | 'baby' | 'referrer';

export const emptyAnswers = (): Answers => ({
  parent: { name: '', dateOfBirth: EMPTY_DATE, relationship: '', nhsNumber: '' },
  contact: {
    phone: '',
    email: '',
    preferredContact: '',
    voicemail: '',
    text: '',
    language: '',
    interpreter: '',
    address: '',
  },
  postcode: '',
  baby: { kind: '', name: '', dateOfBirth: EMPTY_DATE, nhsNumber: '', dueDate: EMPTY_DATE },
  worries: [],
  worriesOther: '',
  details: '',
  immediateRisk: '',
  consent: false,
  referrer: { name: '', role: '', roleOther: '', organisation: '', phone: '', email: '' },
});

/**
 * A referral in progress. The submission id is made once, when the form is started, and kept with
 * the answers: however often the form is sent (a retry, a double click), it is stored once.
 */
export type Draft = { submissionId: string; answers: Answers };

const storageKey = (slug: string, route: ReferralRoute) => `haven.referral.${slug}.${route}`;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The saved draft for this service and route, or a new one; anything unreadable starts afresh. */
export function loadDraft(slug: string, route: ReferralRoute): Draft {
  const fresh = { submissionId: crypto.randomUUID(), answers: emptyAnswers() };
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(storageKey(slug, route)) ?? 'null');
    if (!isObject(saved) || typeof saved.submissionId !== 'string' || !isObject(saved.answers)) return fresh;
    const answers = saved.answers as Partial<Answers>;
    const empty = emptyAnswers();
    return {
      submissionId: saved.submissionId,
      answers: {
        ...empty,
        ...answers,
        parent: { ...empty.parent, ...answers.parent },
        contact: { ...empty.contact, ...answers.contact },
        baby: { ...empty.baby, ...answers.baby },
        referrer: { ...empty.referrer, ...answers.referrer },
      },
    };
  } catch {
    return fresh; // storage blocked or the saved text is not JSON
  }
}

export function saveDraft(slug: string, route: ReferralRoute, draft: Draft): void {
  try {
    localStorage.setItem(storageKey(slug, route), JSON.stringify(draft));
  } catch {
    // Storage full or blocked (some private modes): the form still works, it just is not kept.
  }
}

export function removeDraft(slug: string, route: ReferralRoute): void {
  try {
    localStorage.removeItem(storageKey(slug, route));
  } catch {
    // nothing was stored
  }
}
