import { Button, Details, SummaryList } from 'nhsuk-react-components';
import type { ReactNode } from 'react';
import { RISK_TYPES } from '../../../core/family-options';
import { formatDate } from '../../app/format';
import { Paragraphs } from '../../components/paragraphs';
import type { RiskFlag } from './api';
import { LevelTag } from './risk-fields';

const raised = (flag: RiskFlag) => `${formatDate(flag.raisedOn)}${flag.raisedBy ? ` by ${flag.raisedBy.name}` : ''}`;

/** A flag's heading: its kind and its level. */
function FlagTitle({ flag }: { flag: RiskFlag }) {
  return (
    <>
      {RISK_TYPES[flag.type]}
      <span className="nhsuk-u-visually-hidden">, level:</span> <LevelTag level={flag.level} />
    </>
  );
}

/** The rows every flag's summary starts with: the description, and who raised it when. */
function RaisedRows({ flag }: { flag: RiskFlag }) {
  return (
    <>
      <SummaryList.Row>
        <SummaryList.Key>Description</SummaryList.Key>
        <SummaryList.Value>
          <Paragraphs text={flag.summary} className="haven-risk-card__text" />
        </SummaryList.Value>
      </SummaryList.Row>
      <SummaryList.Row>
        <SummaryList.Key>Raised</SummaryList.Key>
        <SummaryList.Value>{raised(flag)}</SummaryList.Value>
      </SummaryList.Row>
    </>
  );
}

type ActiveProps = {
  flag: RiskFlag;
  /** Review and Close buttons, for those who may change flags on an open record. */
  actions: boolean;
  onReview: () => void;
  onClose: () => void;
  reviewButtonId: string;
  closeButtonId: string;
  /** The review or close form, when it is open for this flag. */
  children?: ReactNode;
};

/** An active flag: what and how serious, the description, who raised it, and when it must be reviewed. */
export function ActiveFlagCard(props: ActiveProps) {
  const { flag, actions, onReview, onClose, reviewButtonId, closeButtonId, children } = props;
  const what = RISK_TYPES[flag.type].toLowerCase();
  return (
    <li className={`nhsuk-card haven-risk-card${flag.overdue ? ' haven-risk-card--overdue' : ''}`}>
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-heading-s haven-risk-card__heading">
          <FlagTitle flag={flag} />
        </h3>
        {flag.overdue ? (
          <p className="haven-overdue">
            Review overdue<span className="haven-overdue__date">: it was due by {formatDate(flag.reviewOn)}</span>
          </p>
        ) : null}
        <SummaryList className={actions || children ? 'nhsuk-u-margin-bottom-4' : 'nhsuk-u-margin-bottom-0'}>
          <RaisedRows flag={flag} />
          <SummaryList.Row>
            <SummaryList.Key>Review by</SummaryList.Key>
            <SummaryList.Value>
              {formatDate(flag.reviewOn)}
              {flag.overdue ? <strong className="haven-overdue-inline"> (overdue)</strong> : null}
            </SummaryList.Value>
          </SummaryList.Row>
        </SummaryList>
        {children}
        {actions && !children ? (
          <div className="nhsuk-button-group haven-risk-card__actions">
            <Button type="button" id={reviewButtonId} secondary small onClick={onReview}>
              Review<span className="nhsuk-u-visually-hidden"> the {what} flag</span>
            </Button>
            <Button type="button" id={closeButtonId} secondary small onClick={onClose}>
              Close<span className="nhsuk-u-visually-hidden"> the {what} flag</span>
            </Button>
          </div>
        ) : null}
      </div>
    </li>
  );
}

/** Closed flags stay in the record, folded away below the active ones. */
export function ClosedFlags({ flags }: { flags: RiskFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <Details className="haven-closed-flags">
      <Details.Summary>Closed flags ({flags.length})</Details.Summary>
      <Details.Text>
        <ul className="nhsuk-list">
          {flags.map((flag) => (
            <li key={flag.id} className="haven-closed-flag">
              <h3 className="nhsuk-heading-xs nhsuk-u-margin-bottom-2">
                <FlagTitle flag={flag} />
              </h3>
              <SummaryList>
                <RaisedRows flag={flag} />
                <SummaryList.Row>
                  <SummaryList.Key>Closed</SummaryList.Key>
                  <SummaryList.Value>
                    {flag.closedOn ? formatDate(flag.closedOn) : 'Date not recorded'}
                  </SummaryList.Value>
                </SummaryList.Row>
                <SummaryList.Row>
                  <SummaryList.Key>Why it was closed</SummaryList.Key>
                  <SummaryList.Value>
                    {flag.closedReason ? (
                      <Paragraphs text={flag.closedReason} className="haven-risk-card__text" />
                    ) : (
                      'No reason recorded'
                    )}
                  </SummaryList.Value>
                </SummaryList.Row>
              </SummaryList>
            </li>
          ))}
        </ul>
      </Details.Text>
    </Details>
  );
}
