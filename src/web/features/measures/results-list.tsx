import { Button, Details, Table } from 'nhsuk-react-components';
import { MEASURES, TIMEPOINTS } from '../../../core/measures/catalogue';
import { formatDate, formatDay } from '../../app/format';
import type { Feedback } from '../../app/section-forms';
import { withdrawResult, type MeasureResult } from './api';
import { TextForm } from './text-form';

type Props = {
  results: MeasureResult[];
  personName: (id: string | null) => string;
  canWithdraw: boolean;
  openId: string | null;
  onOpen: (id: string) => void;
  onCancel: (id: string) => void;
  feedback: Feedback;
};

const status = (r: MeasureResult) => {
  if (r.withdrawn) return `Withdrawn ${formatDay(r.withdrawn.at, 'short')}: ${r.withdrawn.reason}`;
  if (!r.complete) return 'Too many answers missing to score';
  if (r.alert?.acknowledgedAt)
    return `Critical answer acknowledged by ${r.alert.acknowledgedBy?.name ?? 'a colleague'}: ${r.alert.action ?? ''}`;
  if (r.alert) return 'Critical answer: alert open';
  return 'In the charts';
};

/**
 * Every result, newest first, withdrawn ones included and marked; a result entered in error can be
 * withdrawn here, which keeps it in the record but out of the charts and the change.
 */
export function ResultsList({ results, personName, canWithdraw, openId, onOpen, onCancel, feedback }: Props) {
  const open = results.find((r) => r.id === openId);
  return (
    <Details>
      <Details.Summary>All results entered ({results.length})</Details.Summary>
      <Details.Text>
        <Table responsive caption="All results, newest first" captionProps={{ className: 'nhsuk-u-visually-hidden' }}>
          <Table.Head>
            <Table.Row>
              <Table.Cell>Date</Table.Cell>
              <Table.Cell>Measure</Table.Cell>
              <Table.Cell>About</Table.Cell>
              <Table.Cell>Time point</Table.Cell>
              <Table.Cell>Total</Table.Cell>
              <Table.Cell>Status</Table.Cell>
              <Table.Cell>
                <span className="nhsuk-u-visually-hidden">Actions</span>
              </Table.Cell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {results.map((r) => {
              const name = MEASURES[r.measureId].shortName;
              return (
                <Table.Row key={r.id}>
                  <Table.Cell>{formatDate(r.completedOn, 'short')}</Table.Cell>
                  <Table.Cell>{name}</Table.Cell>
                  <Table.Cell>{r.personId ? personName(r.personId) : 'The family'}</Table.Cell>
                  <Table.Cell>{TIMEPOINTS[r.timepoint]}</Table.Cell>
                  <Table.Cell>{r.total ?? '—'}</Table.Cell>
                  <Table.Cell>
                    <span className="haven-wrap">{status(r)}</span>
                  </Table.Cell>
                  <Table.Cell>
                    {canWithdraw && !r.withdrawn ? (
                      <Button
                        type="button"
                        id={`withdraw-${r.id}`}
                        secondary
                        small
                        className="nhsuk-u-margin-bottom-0"
                        onClick={() => onOpen(r.id)}
                      >
                        Withdraw
                        <span className="nhsuk-u-visually-hidden">
                          {' '}
                          the {name} of {formatDate(r.completedOn)}
                        </span>
                      </Button>
                    ) : null}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
        {open ? (
          <TextForm
            id={`withdraw-reason-${open.id}`}
            field="reason"
            heading={`Withdraw the ${MEASURES[open.measureId].shortName} of ${formatDate(open.completedOn)}`}
            label="Why is it being withdrawn?"
            hint="For example, entered against the wrong parent. It stays in the record, marked, and leaves the charts."
            required="Say why the result is being withdrawn"
            max={500}
            button="Withdraw result"
            send={(reason) => withdrawResult(open.id, { version: open.version, reason })}
            done={() =>
              feedback.done(
                'Result withdrawn',
                `The ${MEASURES[open.measureId].shortName} is kept, marked, and no longer charted.`,
              )
            }
            feedback={feedback}
            onCancel={() => onCancel(`withdraw-${open.id}`)}
          />
        ) : null}
      </Details.Text>
    </Details>
  );
}
