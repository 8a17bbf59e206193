import { SummaryList } from 'nhsuk-react-components';
import { isIsoDate } from '../../../core/dates';
import { CONTACT_METHODS, PROFESSIONAL_SOURCES, RELATIONSHIPS, WORRIES } from '../../../core/referral-options';
import { formatDate } from '../../app/format';
import { R } from './redactable';

// A referral exactly as it was submitted, shown as rows of question and answer. The form's shape
// may change over the years, so any field is shown, with a readable label where one is known.

// In the order the form asks: jsonb keeps an object's keys in its own order, not the form's.
const LABELS: Record<string, string> = {
  route: 'Referred by',
  referrer: 'Referrer',
  parents: 'Parent or carer',
  kind: 'Born or expected',
  name: 'Name',
  relationship: 'Relationship to the baby',
  dateOfBirth: 'Date of birth',
  nhsNumber: 'NHS number',
  phone: 'Phone',
  email: 'Email',
  preferredContact: 'Preferred contact',
  safeToLeaveVoicemail: 'Safe to leave a voicemail',
  safeToText: 'Safe to text',
  language: 'Language',
  interpreterNeeded: 'Interpreter needed',
  role: 'Role',
  roleOther: 'Other role',
  organisation: 'Organisation',
  baby: 'Baby',
  dueDate: 'Due date',
  address: 'Address',
  postcode: 'Postcode',
  worries: 'Worries',
  worriesOther: 'Other worries',
  details: 'Details',
  immediateRisk: 'Anyone at immediate risk',
  consent: 'Agreed to the referral',
  familyConsented: 'The family agreed to the referral',
};
const ORDER = Object.keys(LABELS);
const rank = (key: string) => {
  const i = ORDER.indexOf(key);
  return i === -1 ? ORDER.length : i;
};

const CODED: Record<string, Record<string, string>> = {
  relationship: RELATIONSHIPS,
  preferredContact: CONTACT_METHODS,
  worries: WORRIES,
  role: PROFESSIONAL_SOURCES,
  route: { self: 'The family', professional: 'A professional' },
  kind: { born: 'Born', expected: 'Expected' },
};

const words = (key: string) => {
  const spaced = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

type Row = { label: string; value: string };

function rows(value: unknown, label: string, key: string): Row[] {
  if (value === null || value === undefined || value === '') return [];
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) {
      return [{ label, value: value.map((v) => CODED[key]?.[v] ?? v).join(', ') }];
    }
    return value.flatMap((v, i) => rows(v, value.length > 1 ? `${label} ${i + 1}` : label, key));
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => rank(a) - rank(b))
      .flatMap(([k, v]) =>
        rows(v, label ? `${label}: ${(LABELS[k] ?? words(k)).toLowerCase()}` : (LABELS[k] ?? words(k)), k),
      );
  }
  if (typeof value === 'boolean') return [{ label, value: value ? 'Yes' : 'No' }];
  if (typeof value === 'string') {
    const coded = CODED[key]?.[value];
    return [{ label, value: coded ?? (isIsoDate(value) ? formatDate(value) : value) }];
  }
  if (typeof value === 'number') return [{ label, value: String(value) }];
  return [];
}

/** The referral's answers as question and answer, every answer through R (for redaction). */
export function SubmissionView({ submission }: { submission: Record<string, unknown> }) {
  const list = rows(submission, '', '');
  return (
    <SummaryList className="nhsuk-u-margin-bottom-4">
      {list.map((r, i) => (
        <SummaryList.Row key={i}>
          <SummaryList.Key>{r.label}</SummaryList.Key>
          <SummaryList.Value>
            <R>{r.value}</R>
          </SummaryList.Value>
        </SummaryList.Row>
      ))}
    </SummaryList>
  );
}
