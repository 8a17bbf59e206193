import { SummaryList } from 'nhsuk-react-components';
import { CONSENT_SOUGHT, LAWFUL_BASES } from '../../../core/family-options';
import { formatDate, formatDateTime } from '../../app/format';
import { Paragraphs } from '../../components/paragraphs';
import type { Person } from '../family/api';
import type { Disclosure } from './api';
import { personName } from './people';

type Props = { entries: Disclosure[]; people: Person[] };

/** The log, newest first, one card per sharing: to whom, what, about whom, on what basis and why. */
export function DisclosureLog({ entries, people }: Props) {
  const byId = new Map(people.map((p) => [p.id, p]));
  const about = (ids: string[]) =>
    ids
      .map((id) => {
        const person = byId.get(id);
        return person ? personName(person) : 'Someone no longer in the record';
      })
      .join(', ');
  return (
    <ul className="nhsuk-list haven-disclosure-log">
      {entries.map((d) => (
        <li key={d.id} className="nhsuk-card haven-disclosure">
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-3">
              {formatDate(d.disclosedOn)}: shared with {d.recipient}
              {d.recipientOrganisation ? `, ${d.recipientOrganisation}` : ''}
            </h3>
            <SummaryList className="nhsuk-u-margin-bottom-0">
              <SummaryList.Row>
                <SummaryList.Key>What was shared</SummaryList.Key>
                <SummaryList.Value>
                  <Paragraphs text={d.information} className="haven-disclosure__text" />
                </SummaryList.Value>
              </SummaryList.Row>
              <SummaryList.Row>
                <SummaryList.Key>About</SummaryList.Key>
                <SummaryList.Value>{about(d.personIds)}</SummaryList.Value>
              </SummaryList.Row>
              <SummaryList.Row>
                <SummaryList.Key>Lawful basis</SummaryList.Key>
                <SummaryList.Value>{LAWFUL_BASES[d.lawfulBasis]}</SummaryList.Value>
              </SummaryList.Row>
              <SummaryList.Row>
                <SummaryList.Key>Consent</SummaryList.Key>
                <SummaryList.Value>{CONSENT_SOUGHT[d.consent]}</SummaryList.Value>
              </SummaryList.Row>
              <SummaryList.Row>
                <SummaryList.Key>Why it was shared</SummaryList.Key>
                <SummaryList.Value>
                  <Paragraphs text={d.reason} className="haven-disclosure__text" />
                </SummaryList.Value>
              </SummaryList.Row>
              <SummaryList.Row>
                <SummaryList.Key>Recorded by</SummaryList.Key>
                <SummaryList.Value>
                  {d.recordedBy?.name ?? 'Not known'}, {formatDateTime(d.recordedAt)}
                </SummaryList.Value>
              </SummaryList.Row>
            </SummaryList>
          </div>
        </li>
      ))}
    </ul>
  );
}
