import { useQuery, useQueryClient } from '@tanstack/react-query';
import { SummaryList } from 'nhsuk-react-components';
import { useState } from 'react';
import { Link } from 'react-router';
import { useProblems } from '../../app/forms';
import { formatDay } from '../../app/format';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { ProblemSummary } from '../../components/problem-summary';
import { SuccessBanner } from '../../components/success-banner';
import { useSession } from '../auth/use-session';
import { listWording, wordingKeys, type MeasureWording } from './api';
import { WordingForm } from './wording-form';
import './measure-links.css';

/**
 * The service admin's page for measures whose wording Haven may not include (the EPDS): whether
 * the service has loaded its own licensed copy, and a form to load or correct it.
 */
export function MeasureTextsPage() {
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  const form = useProblems();
  const [notice, setNotice] = useState<{ heading: string; key: number } | null>(null);
  const measures = useQuery({ queryKey: wordingKeys.all, queryFn: listWording });
  usePageTitle('Measure wording', form.hasProblems);

  const saved = (m: MeasureWording) => {
    form.clear();
    setNotice({ heading: `${m.shortName} wording saved: practitioners and parents now see it`, key: Date.now() });
    queryClient.setQueryData(wordingKeys.all, (all: MeasureWording[] | undefined) =>
      all?.map((x) => (x.measureId === m.measureId ? m : x)),
    );
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ProblemSummary problems={form.problems} attempt={form.attempt} />
        {notice ? <SuccessBanner key={notice.key} heading={notice.heading} /> : null}
        <PageHeading caption={session?.service?.name}>Measure wording</PageHeading>
        <p className="nhsuk-body">
          The wording of some measures is copyrighted and cannot be included in Haven, so Haven has their scoring only.
          If your service holds a licence or permission to use the wording, load it here. Practitioners then see it when
          they enter answers, and can send the measure to parents by link. Only your service sees it.
        </p>
        <p className="nhsuk-body">
          <Link to="/admin">Back to service admin</Link>
        </p>
        {measures.isPending ? <p className="nhsuk-body">Loading…</p> : null}
        {measures.isError ? (
          <p className="nhsuk-body">The measures could not be loaded: {measures.error.message}</p>
        ) : null}
        {measures.data?.map((m) => (
          <section key={m.measureId} aria-labelledby={`${m.measureId}-heading`}>
            <h2 className="nhsuk-heading-l" id={`${m.measureId}-heading`}>
              {m.name}
            </h2>
            <SummaryList>
              <SummaryList.Row>
                <SummaryList.Key>Wording</SummaryList.Key>
                <SummaryList.Value>
                  {m.wording
                    ? `Loaded${m.wording.loadedBy ? ` by ${m.wording.loadedBy}` : ''} on ${formatDay(m.wording.loadedAt)}`
                    : 'Not loaded: practitioners record which printed answer was ticked, and it cannot be sent to parents'}
                </SummaryList.Value>
              </SummaryList.Row>
              {m.wording ? (
                <SummaryList.Row>
                  <SummaryList.Key>Licence held</SummaryList.Key>
                  <SummaryList.Value>{m.wording.licenceHeld}</SummaryList.Value>
                </SummaryList.Row>
              ) : null}
              <SummaryList.Row>
                <SummaryList.Key>Copyright</SummaryList.Key>
                <SummaryList.Value>{m.licence.notice}</SummaryList.Value>
              </SummaryList.Row>
            </SummaryList>
            <h3 className="nhsuk-heading-m">{m.loaded ? 'Correct the wording' : 'Load the wording'}</h3>
            {/* A fresh form after each save, with what was saved and its new version. */}
            <WordingForm key={m.version} measure={m} form={form} onSaved={saved} />
          </section>
        ))}
      </div>
    </div>
  );
}
