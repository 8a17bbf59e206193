import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Button, InsetText } from 'nhsuk-react-components';
import { problemsFrom, type FormProblems } from '../../app/forms';
import type { FamilyRecord } from '../family/api';
import { listNotes, notesKeys, startAddendum, startNote, type CaseNote } from './api';
import { arrangeNotes, resultsText } from './arrange';
import { DraftsList } from './drafts-list';
import { NoteEntryView } from './note-entry';
import { SearchForm } from './search-form';

type Props = {
  record: FamilyRecord;
  search: string;
  form: FormProblems;
  onSearch: (search: string) => void;
  onOpen: (note: CaseNote) => void;
  onDiscarded: () => void;
};

/**
 * The family's case notes: the caller's drafts (always all of them, whatever the search), then the
 * signed notes, newest first, which a search narrows.
 */
export function NotesList({ record, search, form, onSearch, onOpen, onDiscarded }: Props) {
  const q = search.trim();
  const searching = q !== '';
  const all = useQuery({ queryKey: notesKeys.list(record.id, ''), queryFn: () => listNotes(record.id, '') });
  const found = useQuery({
    queryKey: notesKeys.list(record.id, q),
    queryFn: () => listNotes(record.id, q),
    enabled: searching,
    placeholderData: keepPreviousData,
  });
  const shown = searching ? found : all;
  const start = useMutation({
    mutationFn: (parent: CaseNote | null) => (parent ? startAddendum(parent.id) : startNote(record.id)),
    onSuccess: (note) => {
      form.clear();
      onOpen(note);
    },
    onError: (error) => form.show(problemsFrom(error, [])),
  });
  const canWrite = record.can.writeNotes;
  const drafts = all.data ? arrangeNotes(all.data).drafts : [];
  const arranged = shown.data ? arrangeNotes(shown.data) : null;
  const byId = new Map((all.data ?? []).map((n) => [n.id, n]));
  const begin = (parent: CaseNote | null) => {
    if (!start.isPending) start.mutate(parent);
  };

  return (
    <>
      {canWrite ? (
        <Button type="button" onClick={() => begin(null)}>
          {start.isPending && start.variables === null ? 'Starting a note…' : 'Write a note'}
        </Button>
      ) : (
        <InsetText>
          <p>This family has been discharged: the record is read-only, so notes can no longer be written or signed.</p>
        </InsetText>
      )}

      {drafts.length > 0 ? (
        <DraftsList
          record={record}
          drafts={drafts}
          notesById={byId}
          canWrite={canWrite}
          form={form}
          onDiscarded={onDiscarded}
        />
      ) : null}

      <h2 className="nhsuk-heading-m">Signed notes</h2>
      <SearchForm search={q} onSearch={onSearch} />
      <div role="status">
        {searching && arranged && !shown.isPlaceholderData ? (
          <p className="nhsuk-body nhsuk-u-font-weight-bold">{resultsText(arranged, q)}</p>
        ) : null}
      </div>

      {shown.isPending ? <p className="nhsuk-body">Loading notes…</p> : null}
      {shown.isError ? <p className="nhsuk-body">The notes could not be loaded: {shown.error.message}</p> : null}
      {arranged && arranged.entries.length === 0 && !searching ? (
        <p className="nhsuk-body">No notes have been signed for this family yet.</p>
      ) : null}
      {arranged && arranged.entries.length > 0 ? (
        <>
          <p className="nhsuk-body-s haven-note-quiet">Newest first, by the date of the note.</p>
          <ol className="haven-notes">
            {arranged.entries.map((entry) => (
              <li key={entry.note.id}>
                <NoteEntryView
                  entry={entry}
                  search={q}
                  canWrite={canWrite}
                  starting={start.isPending && start.variables?.id === entry.note.id}
                  onAddAddendum={() => begin(entry.note)}
                />
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}
