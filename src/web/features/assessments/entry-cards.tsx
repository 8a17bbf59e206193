import { Button, Details, Tag } from 'nhsuk-react-components';
import type { ReactNode } from 'react';
import { ATTACHMENT_FEATURES, FEATURE_SEEN, type FeatureSeen } from '../../../core/assessments/attachment-features';
import { carerPoint, childPoint, isRating, SECURE_BASE_DIMENSIONS } from '../../../core/assessments/secure-base';
import { CARE_SETTINGS } from '../../../core/family-options';
import { formatDate } from '../../app/format';
import { nameOf, type AttachmentObservation, type SecureBaseReview } from './api';

const rated = (n: number, point: typeof carerPoint) => (isRating(n) ? `${String(n)} – ${point(n).label}` : String(n));

/** The five dimensions of one review: ratings in words and numbers, with evidence and goals. */
function DimensionDetails({ review }: { review: SecureBaseReview }) {
  return (
    <>
      {SECURE_BASE_DIMENSIONS.map((d) => {
        const e = review.dimensions[d.id];
        return (
          <div key={d.id} className="haven-dimension-detail">
            <h4 className="nhsuk-heading-xs">{d.title}</h4>
            <dl className="nhsuk-summary-list haven-assess-summary-list">
              <Row label="Carer’s approach">{rated(e.carer, carerPoint)}</Row>
              <Row label="Child’s response">{rated(e.child, childPoint)}</Row>
              <Row label="Evidence">
                {e.evidence || <span className="nhsuk-u-secondary-text-colour">None given</span>}
              </Row>
              <Row label="Goals">{e.goals || <span className="nhsuk-u-secondary-text-colour">None given</span>}</Row>
            </dl>
          </div>
        );
      })}
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value haven-assess-pre-line">{children}</dd>
    </div>
  );
}

type ReviewProps = {
  review: SecureBaseReview;
  /** The latest review shows its dimensions open; older ones fold them away. */
  expanded: boolean;
  onEdit: (() => void) | null;
  editButtonId: string;
  children?: ReactNode;
};

export function ReviewCard({ review, expanded, onEdit, editButtonId, children }: ReviewProps) {
  return (
    <li className="nhsuk-card haven-assessment-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s">
          Review of {formatDate(review.reviewedOn)} {expanded ? <Tag modifier="blue">Latest</Tag> : null}
        </h3>
        <p className="nhsuk-body-s">
          {nameOf(review.carer, 'carer')} and {nameOf(review.child, 'child')}. {CARE_SETTINGS[review.careSetting]}.
          {review.reviewedBy ? ` Reviewed by ${review.reviewedBy.name}.` : null}
        </p>
        {review.summary ? <p className="nhsuk-body haven-assess-pre-line">{review.summary}</p> : null}
        {expanded ? (
          <DimensionDetails review={review} />
        ) : (
          <Details>
            <Details.Summary>Ratings, evidence and goals</Details.Summary>
            <Details.Text>
              <DimensionDetails review={review} />
            </Details.Text>
          </Details>
        )}
        {onEdit ? (
          <Button type="button" secondary id={editButtonId} onClick={onEdit} className="nhsuk-u-margin-bottom-0">
            Update this review
          </Button>
        ) : null}
        {children}
      </div>
    </li>
  );
}

const SEEN_TAG: Record<FeatureSeen, 'green' | 'blue' | 'grey' | 'red' | 'white'> = {
  'clearly-seen': 'green',
  'sometimes-seen': 'blue',
  'not-seen': 'grey',
  concern: 'red',
  'not-observed': 'white',
};

type ObservationProps = {
  observation: AttachmentObservation;
  onEdit: (() => void) | null;
  editButtonId: string;
  children?: ReactNode;
};

export function ObservationCard({ observation: o, onEdit, editButtonId, children }: ObservationProps) {
  return (
    <li className="nhsuk-card haven-assessment-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s">Observed on {formatDate(o.observedOn)}</h3>
        <p className="nhsuk-body-s">
          {nameOf(o.child, 'child')} with {nameOf(o.carer, 'carer')}
          {o.setting ? `, ${o.setting}` : ''}. Observed by {o.observedBy}.
        </p>
        <dl className="nhsuk-summary-list haven-assess-summary-list">
          {ATTACHMENT_FEATURES.map((f) => {
            const entry = o.features[f.id];
            return (
              <Row key={f.id} label={f.name}>
                <Tag modifier={SEEN_TAG[entry.seen]}>{FEATURE_SEEN[entry.seen]}</Tag>
                {entry.description ? <span className="haven-assess-block">{entry.description}</span> : null}
              </Row>
            );
          })}
        </dl>
        {onEdit ? (
          <Button type="button" secondary id={editButtonId} onClick={onEdit} className="nhsuk-u-margin-bottom-0">
            Update this observation
          </Button>
        ) : null}
        {children}
      </div>
    </li>
  );
}
