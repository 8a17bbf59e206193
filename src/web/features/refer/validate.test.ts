import { describe, expect, it } from 'vitest';
import { addMonths, todayInLondon } from '../../../core/dates';
import { ApiError } from '../../app/api-client';
import { emptyAnswers, type Answers } from './answers';
import { dateProblem, fromIsoDate, toIsoDate } from './date-parts';
import { stepOfField } from './self/steps';
import { sendProblems, toReferralBody } from './submission';
import { babyProblems, contactProblems, parentProblems, worryProblems } from './validate';

const today = todayInLondon();
const answers = (change: (a: Answers) => void): Answers => {
  const a = emptyAnswers();
  change(a);
  return a;
};

describe('dates typed into day, month and year boxes', () => {
  it('become ISO dates only when real', () => {
    expect(toIsoDate({ day: '7', month: '3', year: '2026' })).toBe('2026-03-07');
    expect(toIsoDate({ day: '30', month: '2', year: '2026' })).toBeNull();
    expect(toIsoDate({ day: '7', month: '3', year: '26' })).toBeNull();
    expect(fromIsoDate('2026-03-07')).toEqual({ day: '7', month: '3', year: '2026' });
  });

  it('say what is wrong in the NHS.UK words', () => {
    expect(dateProblem({ day: '', month: '', year: '' }, 'Date of birth', undefined)).toBeUndefined();
    expect(dateProblem({ day: '', month: '', year: '' }, 'Date of birth', 'Enter it')).toBe('Enter it');
    expect(dateProblem({ day: '7', month: '', year: '' }, 'Date of birth', undefined)).toBe(
      'Date of birth must include a month and a year',
    );
    expect(dateProblem({ day: '7', month: '3', year: '26' }, 'Date of birth', undefined)).toBe(
      'Date of birth must include a year with 4 numbers, like 2024',
    );
    expect(dateProblem({ day: '31', month: '4', year: '2026' }, 'Date of birth', undefined)).toBe(
      'Date of birth must be a real date',
    );
  });
});

describe('the checks before sending', () => {
  it('ask for a name and relationship, and check an NHS number given', () => {
    const problems = parentProblems(
      answers((a) => (a.parent.nhsNumber = '123 456 7890')),
      'self',
    );
    expect(problems.map((p) => p.field)).toEqual(['parent-name', 'parent-relationship', 'parent-nhs-number']);
    expect(problems[0]?.message).toBe('Enter your full name');
    const valid = answers((a) => {
      a.parent = { ...a.parent, name: 'Sam', relationship: 'mother', nhsNumber: '943 476 5919' };
    });
    expect(parentProblems(valid, 'self')).toEqual([]);
  });

  it('refuse a baby born in the future and a due date beyond 10 months', () => {
    const born = answers((a) => {
      a.baby = { ...a.baby, kind: 'born', name: 'Bo', dateOfBirth: fromIsoDate(addMonths(today, 1)) };
    });
    expect(babyProblems(born, 'professional')).toEqual([
      { field: 'baby-dob-day', message: "The baby's date of birth must be today or in the past" },
    ]);
    const due = (months: number) =>
      babyProblems(
        answers((a) => {
          a.baby = { ...a.baby, kind: 'expected', dueDate: fromIsoDate(addMonths(today, months)) };
        }),
        'self',
      );
    expect(due(9)).toEqual([]);
    expect(due(11)).toEqual([{ field: 'due-date-day', message: 'The due date must be within the next 10 months' }]);
  });

  it('need a way to make the chosen contact, and what is safe for a phone', () => {
    const texts = answers((a) => (a.contact.preferredContact = 'text'));
    expect(contactProblems(texts, 'self')).toEqual([
      { field: 'phone', message: 'Enter a phone number, so we can contact you' },
    ]);
    const phone = answers((a) => {
      a.contact = { ...a.contact, preferredContact: 'phone', phone: '07700 900123' };
    });
    expect(contactProblems(phone, 'self').map((p) => p.field)).toEqual(['voicemail', 'safe-to-text']);
  });

  it('need the words for "something else"', () => {
    const other = answers((a) => (a.worries = ['other']));
    expect(worryProblems(other, 'self')).toEqual([
      { field: 'worries-other', message: 'Tell us what else you are worried about' },
    ]);
  });
});

describe('sending', () => {
  it('turns the answers into the API body, trimmed, with nothing the route does not use', () => {
    const a = answers((x) => {
      x.parent = { ...x.parent, name: ' Sam ', relationship: 'father' };
      x.baby = { ...x.baby, kind: 'expected', name: 'left over', dueDate: fromIsoDate(addMonths(today, 3)) };
      x.worries = ['bonding'];
      x.worriesOther = 'not chosen';
      x.contact = { ...x.contact, phone: '07700 900123', voicemail: 'no', text: 'yes', preferredContact: 'text' };
      x.immediateRisk = 'no';
      x.referrer.name = 'not a professional route';
    });
    const body = toReferralBody({ submissionId: 'id-1', answers: a }, 'self', '');
    expect(body).toMatchObject({
      route: 'self',
      consent: true,
      submissionId: 'id-1',
      baby: { kind: 'expected', dueDate: addMonths(today, 3) },
      worries: ['bonding'],
      worriesOther: undefined,
      immediateRisk: false,
      website: '',
    });
    expect(body.parents[0]).toMatchObject({
      name: 'Sam',
      relationship: 'father',
      safeToLeaveVoicemail: false,
      safeToText: true,
      interpreterNeeded: false,
    });
    expect('referrer' in body).toBe(false);
  });

  it("puts the API's field errors on the form's fields, and on the page that asks for them", () => {
    const error = new ApiError(400, 'VALIDATION', 'body.parents.0.name: Enter their full name', [
      { path: 'body.parents.0.name', message: 'Enter their full name' },
      { path: 'body.baby.dateOfBirth', message: 'Enter a real date' },
      { path: 'body.parents.0.phone', message: 'Must be 40 characters or fewer' },
    ]);
    const problems = sendProblems(error);
    expect(problems.map((p) => p.field)).toEqual(['parent-name', 'baby-dob-day', 'phone']);
    expect(problems.map((p) => stepOfField(p.field))).toEqual(['', 'baby', 'contact']);
    expect(sendProblems(new ApiError(429, 'RATE_LIMITED', 'Too many referrals from here; try again soon.'))).toEqual([
      { message: 'Too many referrals from here; try again soon.', field: undefined },
    ]);
  });
});
