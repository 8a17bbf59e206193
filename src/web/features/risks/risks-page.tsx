import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'nhsuk-react-components';
import { useSectionForms } from '../../app/section-forms';
import { usePageTitle } from '../../app/page';
import { SectionTop } from '../../components/section-top';
import { familyKeys } from '../family/api';
import { useFamilyRecord } from '../family/record-context';
import { listRisks, riskKeys } from './api';
import { CloseForm } from './close-form';
import { RaiseForm } from './raise-form';
import { ReviewForm } from './review-form';
import { ActiveFlagCard, ClosedFlags } from './risk-cards';

type Mode = { kind: 'raise' } | { kind: 'review' | 'close'; id: string } | null;

const CONFLICT =
  'Someone else changed this flag while you were working on it. The page now shows their change and what you typed is still here: check it, then save again.';

/** A family's risk flags: active ones to act on, closed ones kept below; raising, reviewing and closing them. */
export function RisksPage() {
  const record = useFamilyRecord();
  const queryClient = useQueryClient();
  const risks = useQuery({ queryKey: riskKeys.list(record.id), queryFn: () => listRisks(record.id) });
  // The banner shows the active flags: refresh the whole record, this list included.
  const refresh = () => queryClient.invalidateQueries({ queryKey: familyKeys.one(record.id) });
  const { form, notice, mode, open, cancel, feedback } = useSectionForms<NonNullable<Mode>>({
    conflict: CONFLICT,
    refresh,
  });
  usePageTitle(`Risks: ${record.name}`, form.hasProblems);

  // Practitioners and managers manage flags (readNotes is true for exactly them), on an open record.
  const canManage = record.can.readNotes && record.can.edit;

  const all = risks.data ?? [];
  const active = all.filter((r) => r.closedOn === null);
  const closed = all.filter((r) => r.closedOn !== null);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds haven-risks">
        <SectionTop form={form} notice={notice} caption={record.name} title="Risks" />
        <WhoCanSee record={record} canManage={canManage} />

        {canManage ? (
          mode?.kind === 'raise' ? (
            <RaiseForm
              familyId={record.id}
              seeSafeguarding={record.can.seeSafeguarding}
              feedback={feedback}
              onCancel={() => cancel('raise-flag')}
            />
          ) : (
            <Button type="button" id="raise-flag" onClick={() => open({ kind: 'raise' })}>
              Raise a risk flag
            </Button>
          )
        ) : null}

        <h2 className="nhsuk-heading-m">Active flags</h2>
        {risks.isPending ? <p className="nhsuk-body">Loading the flags…</p> : null}
        {risks.isError ? <p className="nhsuk-body">The risk flags could not be loaded: {risks.error.message}</p> : null}
        {risks.isSuccess && active.length === 0 ? <p className="nhsuk-body">There are no active risk flags.</p> : null}
        {active.length > 0 ? (
          <ul className="nhsuk-list haven-risk-list">
            {active.map((flag) => {
              const formOpen = mode !== null && mode.kind !== 'raise' && mode.id === flag.id ? mode.kind : null;
              return (
                <ActiveFlagCard
                  key={flag.id}
                  flag={flag}
                  actions={canManage}
                  onReview={() => open({ kind: 'review', id: flag.id })}
                  onClose={() => open({ kind: 'close', id: flag.id })}
                  reviewButtonId={`review-${flag.id}`}
                  closeButtonId={`close-${flag.id}`}
                >
                  {formOpen === 'review' ? (
                    <ReviewForm flag={flag} feedback={feedback} onCancel={() => cancel(`review-${flag.id}`)} />
                  ) : formOpen === 'close' ? (
                    <CloseForm flag={flag} feedback={feedback} onCancel={() => cancel(`close-${flag.id}`)} />
                  ) : null}
                </ActiveFlagCard>
              );
            })}
          </ul>
        ) : null}
        <ClosedFlags flags={closed} />
      </div>
    </div>
  );
}

/** Who may see and change the flags, said once, plainly, for whoever is reading. */
function WhoCanSee({ record, canManage }: { record: ReturnType<typeof useFamilyRecord>; canManage: boolean }) {
  return (
    <>
      {!record.can.readNotes ? (
        <p className="nhsuk-body">
          Only the family&apos;s practitioners and managers can raise, review or close risk flags. Tell them if you know
          of a risk that is not here.
        </p>
      ) : null}
      {record.can.readNotes && !record.can.edit ? (
        <p className="nhsuk-body">This family has been discharged: its flags can no longer be changed.</p>
      ) : null}
      {!record.can.seeSafeguarding ? (
        <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">
          Safeguarding flags are shown only to the family&apos;s allocated practitioners and managers.
        </p>
      ) : null}
      {canManage ? (
        <p className="nhsuk-body">
          Flag anything colleagues need to know before they contact or visit the family. Active flags show at the top of
          every page of the record.
        </p>
      ) : null}
    </>
  );
}
