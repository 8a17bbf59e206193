import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { focusNewPage } from '../../app/focus';
import { formatDate } from '../../app/format';
import { useProblems } from '../../app/forms';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { SectionTop, type Notice } from '../../components/section-top';
import type { FamilyRecord } from '../family/api';
import { useFamilyRecord } from '../family/record-context';
import type { CaseNote } from './api';
import { EditorView } from './editor-view';
import type { EditorOutcome } from './note-editor';
import { NotesList } from './notes-list';

const DISCARDED = { heading: 'Draft discarded', text: 'Its text has been deleted.' };

function noticeFor({ kind, note }: EditorOutcome): Notice {
  const key = Date.now();
  if (kind === 'discarded') return { ...DISCARDED, key };
  if (kind === 'closed') return { heading: 'Draft saved', text: 'It is under “Your drafts” until you sign it.', key };
  return {
    heading: note.addendumTo ? 'Addendum signed' : 'Note signed',
    text: `Dated ${formatDate(note.noteDate)}. It is now part of the record and can no longer be changed.`,
    key,
  };
}

/**
 * A family's case notes. The page's address says what is open: `?note=<id>` a draft in the
 * editor (so a reload or a return reopens it), `?q=` a search of the signed notes.
 */
export function NotesPage() {
  const record = useFamilyRecord();
  if (!record.can.readNotes) return <NotesNotShown record={record} />;
  return <CaseNotes record={record} />;
}

function CaseNotes({ record }: { record: FamilyRecord }) {
  const [params, setParams] = useSearchParams();
  const noteId = params.get('note');
  const search = params.get('q') ?? '';
  const [notice, setNotice] = useState<Notice | null>(null);
  const form = useProblems();
  const listPath = `/families/${record.id}/notes`;
  const firstRender = useRef(true);

  // Between the list and the editor the path stays the same, so move focus here as a new page would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // (A success banner takes focus itself.)
    if (!noteId && !notice) focusNewPage();
  }, [noteId]); // only when switching between the list and the editor

  const open = (note: CaseNote) => {
    setNotice(null);
    form.clear();
    setParams({ note: note.id });
  };
  const done = (outcome: EditorOutcome) => {
    form.clear();
    setNotice(noticeFor(outcome));
    setParams({});
  };

  if (noteId) {
    return <EditorView key={noteId} record={record} noteId={noteId} backTo={listPath} onDone={done} onOpen={open} />;
  }
  return (
    <ListPage
      record={record}
      search={search}
      notice={notice}
      form={form}
      onSearch={(q) => {
        setNotice(null);
        setParams(q ? { q } : {});
      }}
      onOpen={open}
      onDiscarded={() => setNotice({ ...DISCARDED, key: Date.now() })}
    />
  );
}

type ListPageProps = {
  record: FamilyRecord;
  search: string;
  notice: Notice | null;
  form: ReturnType<typeof useProblems>;
  onSearch: (q: string) => void;
  onOpen: (note: CaseNote) => void;
  onDiscarded: () => void;
};

function ListPage({ record, search, notice, form, onSearch, onOpen, onDiscarded }: ListPageProps) {
  usePageTitle(`Case notes: ${record.name}`, form.hasProblems);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <SectionTop form={form} notice={notice} caption={record.name} title="Case notes" />
        <NotesList
          record={record}
          search={search}
          form={form}
          onSearch={onSearch}
          onOpen={onOpen}
          onDiscarded={onDiscarded}
        />
      </div>
    </div>
  );
}

/** Case notes are clinical: coordinators and others who may open the record do not see them. */
function NotesNotShown({ record }: { record: FamilyRecord }) {
  usePageTitle(`Case notes: ${record.name}`);
  return (
    <>
      <PageHeading caption={record.name}>Case notes</PageHeading>
      <p className="nhsuk-body">
        Case notes are for the practitioners working with this family and their managers. Your role does not include
        them.
      </p>
    </>
  );
}
