import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { MEASURE_IDS, TIMEPOINT_CODES } from './catalogue';
import { hasDischargeMeasure, outstandingMeasures, type MeasureFacts } from './outstanding';

const TODAY = '2026-06-15';
const base: MeasureFacts = {
  today: TODAY,
  firstContactOn: null,
  plannedEndOn: null,
  results: [],
  links: [],
  unacknowledgedAlerts: 0,
};
const facts = (over: Partial<MeasureFacts>): MeasureFacts => ({ ...base, ...over });
const kinds = (f: MeasureFacts) => outstandingMeasures(f).map((o) => o.kind);

describe('outstandingMeasures', () => {
  it('has nothing for a family not yet seen', () => {
    expect(outstandingMeasures(base)).toEqual([]);
  });

  it('puts an unacknowledged alert first, with how many', () => {
    const out = outstandingMeasures(facts({ unacknowledgedAlerts: 2, firstContactOn: '2026-06-01' }));
    expect(out[0]).toEqual({ kind: 'alert', count: 2 });
    expect(out.map((o) => o.kind)).toEqual(['alert', 'assessment-not-given']);
  });

  it('asks for assessment measures once first contact is recorded, until one is given at assessment', () => {
    expect(kinds(facts({ firstContactOn: '2026-06-01' }))).toEqual(['assessment-not-given']);
    // First contact booked for a later day: not yet.
    expect(kinds(facts({ firstContactOn: '2026-06-20' }))).toEqual([]);
    // A measure at referral does not count as the assessment one.
    expect(
      kinds(
        facts({
          firstContactOn: '2026-06-01',
          results: [{ measureId: 'phq9', timepoint: 'referral', completedOn: '2026-05-20' }],
        }),
      ),
    ).toEqual(['assessment-not-given']);
    expect(
      kinds(
        facts({
          firstContactOn: '2026-06-01',
          results: [{ measureId: 'gad7', timepoint: 'assessment', completedOn: '2026-06-02' }],
        }),
      ),
    ).toEqual([]);
  });

  it('says a review is due when the latest measure is more than 12 weeks old (84 days)', () => {
    const given = (completedOn: string) =>
      facts({ results: [{ measureId: 'gad7', timepoint: 'assessment', completedOn }] });
    // 15 June less 84 days is 23 March: a measure on 23 March is exactly 12 weeks old, not more.
    expect(kinds(given('2026-03-23'))).toEqual([]);
    expect(outstandingMeasures(given('2026-03-22'))).toEqual([{ kind: 'review-due', lastGivenOn: '2026-03-22' }]);
    // The latest of several counts.
    const two = facts({
      results: [
        { measureId: 'gad7', timepoint: 'assessment', completedOn: '2026-01-10' },
        { measureId: 'phq9', timepoint: 'review', completedOn: '2026-05-01' },
      ],
    });
    expect(kinds(two)).toEqual([]);
  });

  it('shows waiting links, and keeps the assessment and review reminders quiet meanwhile', () => {
    const out = outstandingMeasures(
      facts({
        firstContactOn: '2026-06-01',
        results: [{ measureId: 'gad7', timepoint: 'referral', completedOn: '2026-01-01' }],
        links: [
          { measureId: 'gad7', timepoint: 'assessment', status: 'waiting', expiresOn: '2026-06-25' },
          { measureId: 'phq9', timepoint: 'assessment', status: 'waiting', expiresOn: '2026-06-25' },
        ],
      }),
    );
    expect(out).toEqual([{ kind: 'link-waiting', count: 2 }]);
  });

  it('shows a link that expired unanswered in the last 14 days, unless something replaced it', () => {
    const expiredOn = (expiresOn: string) =>
      facts({ links: [{ measureId: 'gad7', timepoint: 'review', status: 'expired', expiresOn }] });
    expect(outstandingMeasures(expiredOn('2026-06-01'))).toEqual([{ kind: 'link-expired', count: 1 }]);
    expect(kinds(expiredOn(TODAY))).toEqual(['link-expired']);
    // 15 days ago: dropped from the caseload.
    expect(kinds(expiredOn('2026-05-31'))).toEqual([]);

    const replacedByLink = facts({
      links: [
        { measureId: 'gad7', timepoint: 'review', status: 'expired', expiresOn: '2026-06-10' },
        { measureId: 'gad7', timepoint: 'review', status: 'waiting', expiresOn: '2026-06-24' },
      ],
    });
    expect(kinds(replacedByLink)).toEqual(['link-waiting']);
    const replacedByResult = facts({
      results: [{ measureId: 'gad7', timepoint: 'review', completedOn: '2026-06-12' }],
      links: [{ measureId: 'gad7', timepoint: 'review', status: 'expired', expiresOn: '2026-06-10' }],
    });
    expect(kinds(replacedByResult)).toEqual([]);
    // Another measure's result does not replace it.
    const otherMeasure = facts({
      results: [{ measureId: 'phq9', timepoint: 'review', completedOn: '2026-06-12' }],
      links: [{ measureId: 'gad7', timepoint: 'review', status: 'expired', expiresOn: '2026-06-10' }],
    });
    expect(kinds(otherMeasure)).toEqual(['link-expired']);
  });

  it('ignores revoked and completed links', () => {
    expect(
      kinds(
        facts({
          links: [
            { measureId: 'gad7', timepoint: 'review', status: 'revoked', expiresOn: '2026-06-10' },
            { measureId: 'phq9', timepoint: 'review', status: 'completed', expiresOn: '2026-06-10' },
          ],
        }),
      ),
    ).toEqual([]);
  });
});

describe('discharge measures due', () => {
  const given = (timepoint: 'review' | 'discharge') => [{ measureId: 'phq9' as const, timepoint, completedOn: TODAY }];

  it('asks for them from 28 days before the planned end, and after it has passed', () => {
    // 15 June + 28 days = 13 July: the first day the planned end is close enough.
    expect(kinds(facts({ plannedEndOn: '2026-07-14', results: given('review') }))).toEqual([]);
    expect(outstandingMeasures(facts({ plannedEndOn: '2026-07-13', results: given('review') }))).toEqual([
      { kind: 'discharge-not-given', plannedEndOn: '2026-07-13' },
    ]);
    expect(kinds(facts({ plannedEndOn: '2026-06-01', results: given('review') }))).toEqual(['discharge-not-given']);
  });

  it('stops once a measure is given at discharge, or while a discharge link waits', () => {
    expect(kinds(facts({ plannedEndOn: '2026-06-20', results: given('discharge') }))).toEqual([]);
    const link = { measureId: 'gad7' as const, status: 'waiting' as const, expiresOn: '2026-06-29' };
    expect(kinds(facts({ plannedEndOn: '2026-06-20', links: [{ ...link, timepoint: 'discharge' }] }))).toEqual([
      'link-waiting',
    ]);
    expect(kinds(facts({ plannedEndOn: '2026-06-20', links: [{ ...link, timepoint: 'review' }] }))).toEqual([
      'discharge-not-given',
      'link-waiting',
    ]);
  });

  it('says nothing without a planned end', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (n) => {
        const f = facts({ results: [{ measureId: 'gad7', timepoint: 'review', completedOn: addDays(TODAY, n) }] });
        expect(kinds(f)).not.toContain('discharge-not-given');
      }),
    );
  });
});

describe('hasDischargeMeasure', () => {
  it('is true only with a result at discharge', () => {
    expect(hasDischargeMeasure([])).toBe(false);
    expect(hasDischargeMeasure([{ measureId: 'gad7', timepoint: 'review', completedOn: TODAY }])).toBe(false);
    expect(hasDischargeMeasure([{ measureId: 'gad7', timepoint: 'discharge', completedOn: TODAY }])).toBe(true);
  });
});

describe('outstandingMeasures properties', () => {
  const day = fc.integer({ min: -400, max: 400 }).map((n) => addDays(TODAY, n));
  const measure = fc.constantFrom(...MEASURE_IDS);
  const timepoint = fc.constantFrom(...TIMEPOINT_CODES);
  const anyFacts = fc.record({
    today: fc.constant(TODAY),
    firstContactOn: fc.option(day, { nil: null }),
    plannedEndOn: fc.option(day, { nil: null }),
    results: fc.array(fc.record({ measureId: measure, timepoint, completedOn: day }), { maxLength: 6 }),
    links: fc.array(
      fc.record({
        measureId: measure,
        timepoint,
        status: fc.constantFrom('waiting', 'completed', 'expired', 'revoked' as const),
        expiresOn: day,
      }),
      { maxLength: 6 },
    ),
    unacknowledgedAlerts: fc.nat({ max: 3 }),
  });

  it('lists each kind at most once, alerts first, and counts are positive', () => {
    fc.assert(
      fc.property(anyFacts, (f) => {
        const out = outstandingMeasures(f);
        const seen = out.map((o) => o.kind);
        expect(new Set(seen).size).toBe(seen.length);
        if (f.unacknowledgedAlerts > 0) expect(seen[0]).toBe('alert');
        else expect(seen).not.toContain('alert');
        for (const o of out) if ('count' in o) expect(o.count).toBeGreaterThan(0);
      }),
    );
  });

  it('never reminds about assessment or review while a link waits', () => {
    fc.assert(
      fc.property(anyFacts, (f) => {
        const seen = outstandingMeasures(f).map((o) => o.kind);
        if (f.links.some((l) => l.status === 'waiting')) {
          expect(seen).not.toContain('assessment-not-given');
          expect(seen).not.toContain('review-due');
          expect(seen).toContain('link-waiting');
        }
      }),
    );
  });

  it('a new result at assessment today clears every assessment and review reminder', () => {
    fc.assert(
      fc.property(anyFacts, (f) => {
        const more = {
          ...f,
          results: [...f.results, { measureId: 'gad7' as const, timepoint: 'assessment' as const, completedOn: TODAY }],
        };
        const seen = outstandingMeasures(more).map((o) => o.kind);
        expect(seen).not.toContain('assessment-not-given');
        expect(seen).not.toContain('review-due');
      }),
    );
  });
});
