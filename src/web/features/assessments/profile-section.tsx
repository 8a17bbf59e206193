import { Select } from 'nhsuk-react-components';
import { useState } from 'react';
import {
  compareReviews,
  describeChange,
  SECURE_BASE_DIMENSIONS,
  type ReviewComparison,
  type Side,
} from '../../../core/assessments/secure-base';
import { formatDate } from '../../app/format';
import { nameOf, type SecureBaseReview } from './api';
import { ChartLegend, ProfileChart, type ChartSeries } from './profile-chart';

const SIDE_TITLE: Record<Side, string> = { carer: 'The carer’s approach', child: 'The child’s response' };

const pairKey = (r: SecureBaseReview) => `${r.carer.id}/${r.child.id}`;
const pairName = (r: SecureBaseReview) => `${nameOf(r.carer, 'carer')} with ${nameOf(r.child, 'child')}`;

const ratingsOf = (r: SecureBaseReview, side: Side) =>
  Object.fromEntries(SECURE_BASE_DIMENSIONS.map((d) => [d.id, r.dimensions[d.id][side]])) as ChartSeries['ratings'];

/**
 * The Secure Base profile: the latest review compared with an earlier one (the first by default),
 * the carer's approach and the child's response side by side, each as a chart and a table of the
 * same numbers with the change per dimension. Reviews of one carer and child are compared together.
 */
export function ProfileSection({ reviews }: { reviews: SecureBaseReview[] }) {
  const pairs = [...new Map(reviews.map((r) => [pairKey(r), r])).values()];
  const [pair, setPair] = useState(() => (reviews[0] ? pairKey(reviews[0]) : ''));
  const ofPair = reviews.filter((r) => pairKey(r) === pair);
  const latest = ofPair[0];
  const earlierOptions = ofPair.slice(1);
  const [earlierId, setEarlierId] = useState<string | null>(null);
  const earlier = earlierOptions.find((r) => r.id === earlierId) ?? earlierOptions.at(-1);
  if (!latest) return null;

  const labelOf = (r: SecureBaseReview, which: string) => `${which} review, ${formatDate(r.reviewedOn)}`;
  const earlierLabel = earlier ? labelOf(earlier, earlier === earlierOptions.at(-1) ? 'First' : 'Earlier') : '';
  const latestLabel = labelOf(latest, 'Latest');
  const comparison = earlier ? compareReviews(earlier.dimensions, latest.dimensions) : null;

  return (
    <section aria-labelledby="profile-heading" className="haven-profile">
      <h2 className="nhsuk-heading-m" id="profile-heading">
        Secure Base profile
      </h2>
      {pairs.length > 1 ? (
        <Select
          id="profile-pair"
          label="Whose reviews"
          value={pair}
          onChange={(e) => {
            setPair(e.currentTarget.value);
            setEarlierId(null);
          }}
        >
          {pairs.map((r) => (
            <Select.Option key={pairKey(r)} value={pairKey(r)}>
              {pairName(r)}
            </Select.Option>
          ))}
        </Select>
      ) : (
        <p className="nhsuk-body">Reviews of {pairName(latest)}.</p>
      )}
      {earlierOptions.length > 1 ? (
        <Select
          id="profile-earlier"
          label="Compare the latest review with"
          value={earlier?.id ?? ''}
          onChange={(e) => setEarlierId(e.currentTarget.value)}
        >
          {earlierOptions.map((r, i) => (
            <Select.Option key={r.id} value={r.id}>
              {`${i === earlierOptions.length - 1 ? 'The first review' : 'The review'} of ${formatDate(r.reviewedOn)}`}
            </Select.Option>
          ))}
        </Select>
      ) : null}
      {!earlier ? (
        <p className="nhsuk-body">
          There is one review so far. Record another to see how the profile changes over time.
        </p>
      ) : null}
      <ChartLegend
        series={[
          ...(earlier ? [{ label: earlierLabel, style: 'earlier' as const }] : []),
          { label: latestLabel, style: 'latest' as const },
        ]}
      />
      <div className="nhsuk-grid-row">
        {(['carer', 'child'] as const).map((side) => {
          const series: ChartSeries[] = [
            ...(earlier ? [{ label: earlierLabel, style: 'earlier' as const, ratings: ratingsOf(earlier, side) }] : []),
            { label: latestLabel, style: 'latest', ratings: ratingsOf(latest, side) },
          ];
          return (
            <div key={side} className="nhsuk-grid-column-one-half haven-profile__side">
              <h3 className="nhsuk-heading-s">{SIDE_TITLE[side]}</h3>
              <ProfileChart title={SIDE_TITLE[side]} series={series} />
              <ProfileTable
                side={side}
                earlier={earlier ? { label: earlierLabel, review: earlier } : null}
                latest={{ label: latestLabel, review: latest }}
                comparison={comparison}
              />
            </div>
          );
        })}
      </div>
    </section>
  );
}

type Column = { label: string; review: SecureBaseReview };

/** The chart's numbers as a table: each dimension's rating in each review and the change between them. */
function ProfileTable({
  side,
  earlier,
  latest,
  comparison,
}: {
  side: Side;
  earlier: Column | null;
  latest: Column;
  comparison: ReviewComparison | null;
}) {
  const short = (c: Column) => formatDate(c.review.reviewedOn, 'short');
  return (
    <>
      <table className="nhsuk-table haven-profile-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">
          {SIDE_TITLE[side]}: ratings from 1 to 5
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              Dimension
            </th>
            {earlier ? (
              <th scope="col" className="nhsuk-table__header haven-assess-num">
                {short(earlier)}
              </th>
            ) : null}
            <th scope="col" className="nhsuk-table__header haven-assess-num">
              {short(latest)}
            </th>
            {comparison ? (
              <th scope="col" className="nhsuk-table__header haven-assess-num">
                Change
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {SECURE_BASE_DIMENSIONS.map((d, i) => {
            const change = comparison?.dimensions[i]?.[side].change;
            return (
              <tr key={d.id} className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__header haven-profile-table__dimension">
                  {d.name}
                  <span className="nhsuk-u-secondary-text-colour haven-assess-block">{d.benefit}</span>
                </th>
                {earlier ? (
                  <td className="nhsuk-table__cell haven-assess-num">{earlier.review.dimensions[d.id][side]}</td>
                ) : null}
                <td className="nhsuk-table__cell haven-assess-num">{latest.review.dimensions[d.id][side]}</td>
                {change !== undefined ? (
                  <td className="nhsuk-table__cell haven-assess-num">
                    {change > 0 ? <strong>{describeChange(change)}</strong> : describeChange(change)}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
      {comparison ? <ChangeSummary side={side} comparison={comparison} /> : null}
    </>
  );
}

const names = (ids: readonly string[]) =>
  ids.map((id) => SECURE_BASE_DIMENSIONS.find((d) => d.id === id)?.name ?? id).join(', ');

/** Which dimensions improved and which declined, in words. */
function ChangeSummary({ side, comparison }: { side: Side; comparison: ReviewComparison }) {
  const up = comparison.improved[side];
  const down = comparison.declined[side];
  return (
    <ul className="nhsuk-list haven-profile-changes">
      <li>Improved: {up.length > 0 ? names(up) : 'none'}</li>
      <li>Declined: {down.length > 0 ? names(down) : 'none'}</li>
      <li>Average change: {describeChange(comparison.meanChange[side])}</li>
    </ul>
  );
}
