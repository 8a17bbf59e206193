import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'nhsuk-react-components';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../app/api-client';
import { useProblems, type Problem } from '../../app/forms';
import { formatDate } from '../../app/format';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { SectionTop, type Notice } from '../../components/section-top';
import { familyKeys } from '../family/api';
import { useFamilyRecord } from '../family/record-context';
import { disclosureKeys, listDisclosures, type Disclosure } from './api';
import { DisclosureForm } from './disclosure-form';
import { DisclosureLog } from './disclosure-log';

/**
 * The disclosure log: every time information about the family was shared outside the service.
 * Practitioners and managers only; entries are never changed, so a correction is a new entry.
 */
export function DisclosuresPage() {
  const record = useFamilyRecord();
  const queryClient = useQueryClient();
  const allowed = record.can.readNotes;
  const log = useQuery({
    queryKey: disclosureKeys.list(record.id),
    queryFn: () => listDisclosures(record.id),
    enabled: allowed,
  });
  const form = useProblems();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [adding, setAdding] = useState(false);
  const returnFocus = useRef(false);
  usePageTitle(`Disclosures: ${record.name}`, form.hasProblems);

  useEffect(() => {
    if (adding || !returnFocus.current) return;
    document.getElementById('record-disclosure')?.focus();
    returnFocus.current = false;
  }, [adding]);

  const recorded = (entry: Disclosure) => {
    form.clear();
    setAdding(false);
    setNotice({
      heading: 'Disclosure recorded',
      text: `Sharing with ${entry.recipient} on ${formatDate(entry.disclosedOn)} is now in the log.`,
      key: Date.now(),
    });
    void queryClient.invalidateQueries({ queryKey: familyKeys.one(record.id) });
  };
  const failed = (error: unknown, problems: Problem[]) => {
    setNotice(null);
    form.show(problems);
    if (isApiError(error, 403) || isApiError(error, 404))
      void queryClient.invalidateQueries({ queryKey: familyKeys.one(record.id) });
  };

  if (!allowed) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <PageHeading caption={record.name}>Disclosures</PageHeading>
          <p className="nhsuk-body">Only the family&apos;s practitioners and managers can see the disclosure log.</p>
        </div>
      </div>
    );
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <SectionTop form={form} notice={notice} caption={record.name} title="Disclosures" />
        <p className="nhsuk-body">
          Record here each time you share information about this family with someone outside the service: who it went
          to, what was shared, on what basis and why.
        </p>
        <p className="nhsuk-body">
          Entries cannot be changed or removed. To correct one, record a new entry that says what it corrects.
        </p>
        {adding ? (
          <DisclosureForm
            familyId={record.id}
            people={record.people}
            form={form}
            onRecorded={recorded}
            onFailed={failed}
            onCancel={() => {
              form.clear();
              returnFocus.current = true;
              setAdding(false);
            }}
          />
        ) : (
          <Button
            type="button"
            id="record-disclosure"
            onClick={() => {
              form.clear();
              setNotice(null);
              setAdding(true);
            }}
          >
            Record a disclosure
          </Button>
        )}
        <h2 className="nhsuk-heading-m">Disclosure log</h2>
        {log.isPending ? <p className="nhsuk-body">Loading the log…</p> : null}
        {log.isError ? <p className="nhsuk-body">The disclosure log could not be loaded: {log.error.message}</p> : null}
        {log.isSuccess && log.data.length === 0 ? (
          <p className="nhsuk-body">No disclosures have been recorded for this family.</p>
        ) : null}
        {log.isSuccess && log.data.length > 0 ? <DisclosureLog entries={log.data} people={record.people} /> : null}
      </div>
    </div>
  );
}
