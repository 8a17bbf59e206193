import { Table } from 'nhsuk-react-components';
import { MEASURES, TIMEPOINTS } from '../../../core/measures/catalogue';
import { formatDate } from '../../app/format';
import type { MeasureResult, MeasureView, Series } from './api';
import { changeSentence } from './change-text';
import { LineChart } from './line-chart';

/** The lowest and highest total a measure can have: the chart's y axis. */
export function totalRange(view: MeasureView): { min: number; max: number } {
  if (MEASURES[view.id].total === 'mean') return { min: view.scale.min, max: view.scale.max };
  const n = view.items.length;
  return { min: view.scale.min * n, max: view.scale.max * n };
}

/** The licence line and citation, shown wherever a measure is used (CORE-10's copyright line must be). */
export function LicenceNote({ view }: { view: MeasureView }) {
  return (
    <div className="haven-licence nhsuk-body-s">
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
        {view.licence.notice} <span className="nhsuk-u-secondary-text-colour">({view.licence.name})</span>
      </p>
      <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">{view.licence.citation}</p>
    </div>
  );
}

type Props = {
  view: MeasureView;
  series: Series;
  personName: string;
  /** Every result of the family, for the points' pro-rating and subscales. */
  results: MeasureResult[];
  headingId: string;
};

/** One person's totals on one measure: the chart, a table of the same numbers beside it, and the change. */
export function MeasureSeries({ view, series, personName, results, headingId }: Props) {
  const title = `${view.shortName} for ${personName}`;
  const byId = new Map(results.map((r) => [r.id, r]));
  const { min, max } = totalRange(view);
  const sentence = changeSentence(view.shortName, series, view.cutOff);
  const hasSubscales = view.subscales.length > 0;
  return (
    <section className="haven-measure-series" aria-labelledby={headingId}>
      <h3 className="nhsuk-heading-s" id={headingId}>
        {title}
      </h3>
      <div className="haven-measure-series__body">
        <div className="haven-measure-series__chart">
          <LineChart
            title={`${view.shortName} totals for ${personName}`}
            points={series.points.map((p) => ({ date: p.completedOn, value: p.score, label: TIMEPOINTS[p.timepoint] }))}
            min={min}
            max={max}
            cutOff={view.cutOff}
          />
        </div>
        <div className="haven-measure-series__table">
          <Table
            responsive
            className="haven-series-table"
            caption={`${title}: results`}
            captionProps={{ className: 'nhsuk-u-visually-hidden' }}
          >
            <Table.Head>
              <Table.Row>
                <Table.Cell>Date</Table.Cell>
                <Table.Cell>Time point</Table.Cell>
                <Table.Cell>Total</Table.Cell>
                <Table.Cell>Band</Table.Cell>
                <Table.Cell>Entered by</Table.Cell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {series.points.map((p) => {
                const r = byId.get(p.resultId);
                return (
                  <Table.Row key={p.resultId}>
                    <Table.Cell>{formatDate(p.completedOn, 'short')}</Table.Cell>
                    <Table.Cell>{TIMEPOINTS[p.timepoint]}</Table.Cell>
                    <Table.Cell>
                      {p.score}
                      {r?.prorated ? (
                        <span className="nhsuk-body-s haven-block">
                          pro-rated ({r.responses.filter((x) => x === null).length} missing)
                        </span>
                      ) : null}
                    </Table.Cell>
                    <Table.Cell>
                      {p.band ?? '—'}
                      {hasSubscales && r ? (
                        <span className="nhsuk-body-s haven-block">
                          {view.subscales
                            .map(
                              (s) =>
                                `${s.name}: ${r.subscales[s.id] === null || r.subscales[s.id] === undefined ? 'n/a' : String(r.subscales[s.id])}`,
                            )
                            .join('; ')}
                        </span>
                      ) : null}
                    </Table.Cell>
                    <Table.Cell>{p.mode === 'practitioner' ? 'Practitioner' : 'Parent (link)'}</Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </div>
      </div>
      {sentence ? (
        <p className="nhsuk-body haven-change" data-testid="change">
          {sentence}
        </p>
      ) : (
        <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">
          The change from first to latest shows once there are two results.
        </p>
      )}
      <LicenceNote view={view} />
    </section>
  );
}
