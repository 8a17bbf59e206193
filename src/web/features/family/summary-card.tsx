import { SummaryList } from 'nhsuk-react-components';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export type CardAction = { label: string; to: string };

type Props = {
  heading: ReactNode;
  /** Says which card an action belongs to, for screen readers ("Change" → "Change Jo Smith"). */
  about: string;
  actions?: CardAction[];
  children: ReactNode;
};

/** The NHS.UK summary card: a heading with its actions, over a summary list. */
export function SummaryCard({ heading, about, actions = [], children }: Props) {
  return (
    <div className="nhsuk-card haven-summary-card">
      <div className="nhsuk-card__heading-container">
        <h3 className="nhsuk-card__heading nhsuk-heading-s">{heading}</h3>
        {actions.length > 0 ? (
          <ul className="nhsuk-card__actions">
            {actions.map((a) => (
              <li key={a.to} className="nhsuk-card__action">
                <Link className="nhsuk-link" to={a.to}>
                  {a.label}
                  <span className="nhsuk-u-visually-hidden"> ({about})</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="nhsuk-card__content">{children}</div>
    </div>
  );
}

export type Row = [string, ReactNode];

export const NOT_RECORDED = <span className="nhsuk-u-secondary-text-colour">Not recorded</span>;

const blank = (value: ReactNode) => value === null || value === undefined || value === '';

/**
 * Facts as an NHS.UK summary list. With `gathered`, the facts not recorded are named together in
 * one last row (a long run of "Not recorded" hides the facts that are there); otherwise each
 * reads "Not recorded".
 */
export function Facts({ rows, gathered = false }: { rows: Row[]; gathered?: boolean }) {
  const missing = gathered ? rows.filter(([, value]) => blank(value)).map(([key]) => key) : [];
  const shown: Row[] = gathered ? rows.filter(([, value]) => !blank(value)) : rows;
  if (missing.length > 0)
    shown.push([
      'Not recorded',
      <span key="missing" className="nhsuk-u-secondary-text-colour">
        {missing.map((key, i) => (i === 0 ? key : key.toLowerCase().replace(/^nhs/, 'NHS'))).join(', ')}
      </span>,
    ]);
  return (
    <SummaryList className="nhsuk-summary-list--no-last-row-border">
      {shown.map(([key, value]) => (
        <SummaryList.Row key={key}>
          <SummaryList.Key>{key}</SummaryList.Key>
          <SummaryList.Value>{blank(value) ? NOT_RECORDED : value}</SummaryList.Value>
        </SummaryList.Row>
      ))}
    </SummaryList>
  );
}
