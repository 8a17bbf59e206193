import { useQuery } from '@tanstack/react-query';
import { BackLink, Button } from 'nhsuk-react-components';
import { useState } from 'react';
import { Link } from 'react-router';
import { LoadingPage } from '../../app/status-pages';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import type { FamilyRecord } from '../family/api';
import { listNotes, notesKeys, startAddendum, startNote, type CaseNote } from './api';
import { hasUnsavedCopy, localDrafts } from './local-copy';
import { NoteEditor, type EditorOutcome } from './note-editor';
import { NoteText } from './note-text';

type Props = {
  record: FamilyRecord;
  noteId: string;
  backTo: string;
  onDone: (outcome: EditorOutcome) => void;
  onOpen: (note: CaseNote) => void;
};

/**
 * Opens a draft in the editor, from the server's latest copy (never from a list that may be
 * out of date, which would only lead to a conflict on the first save).
 */
export function EditorView({ record, noteId, backTo, onDone, onOpen }: Props) {
  const notes = useQuery({ queryKey: notesKeys.list(record.id, ''), queryFn: () => listNotes(record.id, '') });
  const [opened, setOpened] = useState<CaseNote | null>(null);
  if (notes.isError && !opened) {
    return (
      <>
        <BackLink asElement={Link} to={backTo}>
          Back to case notes
        </BackLink>
        <p className="nhsuk-body">The draft could not be opened: {notes.error.message}</p>
      </>
    );
  }
  if (!opened && !notes.isFetchedAfterMount) return <LoadingPage />;
  const note = opened ?? notes.data?.find((n) => n.id === noteId) ?? null;
  if (!opened && note?.status === 'draft') setOpened(note);
  if (!note || note.status !== 'draft' || !record.can.writeNotes) {
    return <DraftUnavailable record={record} noteId={noteId} note={note} backTo={backTo} onOpen={onOpen} />;
  }
  const parent = note.addendumTo ? (notes.data?.find((n) => n.id === note.addendumTo) ?? null) : null;
  return <NoteEditor record={record} note={note} parent={parent} backTo={backTo} onDone={onDone} onReplaced={onOpen} />;
}

type UnavailableProps = {
  record: FamilyRecord;
  noteId: string;
  /** The note (signed, or a draft in a record now read-only); null when it is not there at all. */
  note: CaseNote | null;
  backTo: string;
  onOpen: (note: CaseNote) => void;
};

const HEADINGS = {
  signed: 'This note has been signed',
  missing: 'This draft could not be found',
  'read-only': 'This record is read-only',
};
const EXPLAINED = {
  signed: 'A signed note is part of the record and cannot be changed. To correct or add to it, add an addendum.',
  missing: 'It may have been signed or discarded in another window, or it may not be yours.',
  'read-only':
    'This family has been discharged, so drafts can no longer be saved or signed. Copy the text below if you need it.',
};

/** A draft that cannot be edited (any more); text kept on this device for it is offered a new home. */
function DraftUnavailable({ record, noteId, note, backTo, onOpen }: UnavailableProps) {
  const signed = note?.status === 'signed' ? note : null;
  const why = !record.can.writeNotes && note ? 'read-only' : signed ? 'signed' : 'missing';
  const heading = HEADINGS[why];
  usePageTitle(`${heading}: ${record.name}`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const local = localDrafts.read(noteId);
  const unsaved = local && (note ? hasUnsavedCopy(note, local) : local.body.trim() !== '') ? local : null;
  // In a read-only record, what there is of the draft, to copy.
  const toCopy = why === 'read-only' ? (unsaved?.body ?? note?.body ?? '') : null;

  const keep = async () => {
    if (!unsaved || busy) return;
    setBusy(true);
    setError(null);
    try {
      const input = { body: unsaved.body, noteDate: unsaved.noteDate };
      const draft = signed ? await startAddendum(signed.id, input) : await startNote(record.id, input);
      localDrafts.remove(noteId);
      onOpen(draft);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Something went wrong. Try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <BackLink asElement={Link} to={backTo}>
        Back to case notes
      </BackLink>
      <PageHeading caption={record.name}>{heading}</PageHeading>
      <p className="nhsuk-body">{EXPLAINED[why]}</p>
      {toCopy !== null ? <NoteText text={toCopy} /> : null}
      {unsaved && why !== 'read-only' ? (
        <>
          <h2 className="nhsuk-heading-m">Text on this device that was not saved</h2>
          <NoteText text={unsaved.body} />
          <Button type="button" onClick={() => void keep()}>
            {busy ? 'Starting…' : signed ? 'Add this text as an addendum' : 'Keep this text in a new draft'}
          </Button>
          {error ? <p className="nhsuk-error-message">{error}</p> : null}
        </>
      ) : null}
      <p className="nhsuk-body">
        <Link to={backTo}>Back to case notes</Link>
      </p>
    </>
  );
}
