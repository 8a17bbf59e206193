import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'nhsuk-react-components';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../app/format';
import { problemsFrom, type FormProblems } from '../../app/forms';
import type { FamilyRecord } from '../family/api';
import { discardDraft, notesKeys, type CaseNote } from './api';
import { preview } from './arrange';
import { updateCachedNote } from './cache';
import { hasUnsavedCopy, localDrafts } from './local-copy';

type Props = {
  record: FamilyRecord;
  drafts: CaseNote[];
  notesById: Map<string, CaseNote>;
  canWrite: boolean;
  form: FormProblems;
  onDiscarded: () => void;
};

/** The caller's unsigned drafts, to continue or discard. Nobody else can see them. */
export function DraftsList({ record, drafts, notesById, canWrite, form, onDiscarded }: Props) {
  return (
    <>
      <h2 className="nhsuk-heading-m">Your drafts</h2>
      <p className="nhsuk-body-s haven-note-quiet">Only you can see these until you sign them.</p>
      <ul className="haven-notes">
        {drafts.map((draft) => (
          <li key={draft.id}>
            <DraftItem
              record={record}
              draft={draft}
              parent={draft.addendumTo ? (notesById.get(draft.addendumTo) ?? null) : null}
              canWrite={canWrite}
              form={form}
              onDiscarded={onDiscarded}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

type ItemProps = Omit<Props, 'drafts' | 'notesById'> & { draft: CaseNote; parent: CaseNote | null };

function DraftItem({ record, draft, parent, canWrite, form, onDiscarded }: ItemProps) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const discard = useMutation({
    mutationFn: () => discardDraft(draft.id, draft.version),
    onSuccess: () => {
      localDrafts.remove(draft.id);
      updateCachedNote(queryClient, record.id, draft.id, null);
      onDiscarded();
      void queryClient.invalidateQueries({ queryKey: notesKeys.all(record.id) });
    },
    onError: (error) => {
      setConfirming(false);
      form.show(problemsFrom(error, []));
      void queryClient.invalidateQueries({ queryKey: notesKeys.all(record.id) });
    },
  });
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const headingId = `draft-${draft.id}`;
  const title = parent
    ? `Addendum to the note of ${formatDate(parent.noteDate)}`
    : `Note dated ${formatDate(draft.noteDate)}`;
  const text = preview(draft.body);
  const unsavedHere = hasUnsavedCopy(draft, localDrafts.read(draft.id));

  return (
    <article className="haven-note haven-note--draft" aria-labelledby={headingId}>
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1" id={headingId}>
        {title}
      </h3>
      <p className="nhsuk-body-s haven-note__meta">Draft, last saved {formatDateTime(draft.updatedAt)}</p>
      {text ? (
        <p className="nhsuk-body haven-note__body">{text}</p>
      ) : (
        <p className="nhsuk-body haven-note-quiet">Nothing written yet.</p>
      )}
      {unsavedHere ? (
        <p className="nhsuk-body-s">
          <strong>This device also holds text for this draft that has not been saved.</strong> It will be put back when
          you continue.
        </p>
      ) : null}
      {canWrite && !confirming ? (
        <ul className="haven-note-actions">
          <li>
            <Link to={`?note=${draft.id}`}>
              Continue<span className="nhsuk-u-visually-hidden"> the draft: {title}</span>
            </Link>
          </li>
          <li>
            <button type="button" className="haven-note-link-button" onClick={() => setConfirming(true)}>
              Discard<span className="nhsuk-u-visually-hidden"> the draft: {title}</span>
            </button>
          </li>
        </ul>
      ) : null}
      {confirming ? (
        <div className="haven-note-confirm haven-note-confirm--warning">
          <p className="nhsuk-body nhsuk-u-font-weight-bold" tabIndex={-1} ref={confirmRef}>
            Discard this draft? Its text will be deleted. This cannot be undone.
          </p>
          <div className="nhsuk-button-group">
            <Button type="button" warning small onClick={() => !discard.isPending && discard.mutate()}>
              {discard.isPending ? 'Discarding…' : 'Yes, discard it'}
            </Button>
            <Button type="button" secondary small onClick={() => setConfirming(false)}>
              No, keep it
            </Button>
          </div>
        </div>
      ) : null}
    </article>
  );
}
