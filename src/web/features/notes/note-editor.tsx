import { useQueryClient } from '@tanstack/react-query';
import { BackLink, Button, InsetText, Textarea } from 'nhsuk-react-components';
import { useEffect, useRef, useState, type FocusEvent } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../app/api-client';
import { formatDate, formatDateTime } from '../../app/format';
import { problemsFrom, useProblems } from '../../app/forms';
import { usePageTitle } from '../../app/page';
import { DateField, dateFieldTarget, type DateParts } from '../../components/date-field';
import { PageHeading } from '../../components/page-heading';
import { ProblemSummary } from '../../components/problem-summary';
import type { FamilyRecord } from '../family/api';
import { discardDraft, listNotes, notesKeys, saveDraft, signNote, type CaseNote } from './api';
import { updateCachedNote } from './cache';
import { chooseStart, localDrafts } from './local-copy';
import { fromIsoDate, lengthMessage, noteDateProblem, validNoteDate } from './note-date';
import { NoteText } from './note-text';
import { SaveProblem } from './save-problem';
import { isFinal, statusText } from './save-status';
import { useDraftSaver } from './use-draft-saver';

export type EditorOutcome = { kind: 'signed' | 'discarded' | 'closed'; note: CaseNote };

type Props = {
  record: FamilyRecord;
  /** The draft as the server had it when the editor opened. */
  note: CaseNote;
  /** For an addendum: the signed note it follows. */
  parent: CaseNote | null;
  backTo: string;
  onDone: (outcome: EditorOutcome) => void;
  /** The text now lives in another draft (kept as an addendum or a new note): open that one. */
  onReplaced: (note: CaseNote) => void;
};

const BODY = 'body';
const DATE = 'noteDate';

type Step = 'edit' | 'sign' | 'discard';

/**
 * Writing a draft note or addendum: it saves itself as it is written (and keeps a copy on this
 * device until the server confirms), and is signed after a confirmation that says what signing means.
 */
export function NoteEditor({ record, note, parent, backTo, onDone, onReplaced }: Props) {
  const queryClient = useQueryClient();
  const isAddendum = note.addendumTo !== null;
  const what = isAddendum ? 'addendum' : 'note';
  const [start] = useState(() => chooseStart(note, localDrafts.read(note.id)));
  const { saver, state } = useDraftSaver(() => ({
    noteId: note.id,
    familyId: record.id,
    server: note,
    start,
    startInConflict: start.from === 'device' && start.savedSince,
    save: async (change) => saveDraft(note.id, change),
    load: async () => (await listNotes(record.id, '')).find((n) => n.id === note.id) ?? null,
    store: localDrafts,
    // Keep the lists in step with what is saved, even after the editor has closed.
    onSaved: (saved) => updateCachedNote(queryClient, record.id, note.id, saved),
  }));
  const [body, setBody] = useState(start.body);
  const [dateParts, setDateParts] = useState<DateParts>(() => fromIsoDate(start.noteDate));
  const lastGoodDate = useRef(start.noteDate);
  const [dateError, setDateError] = useState<string | undefined>();
  const [step, setStep] = useState<Step>('edit');
  const [busy, setBusy] = useState(false);
  const form = useProblems();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  usePageTitle(`${isAddendum ? 'Write an addendum' : 'Write a case note'}: ${record.name}`, form.hasProblems);

  useEffect(() => {
    if (start.from === 'server' && start.discardLocal) localDrafts.remove(note.id);
    // Straight to the words: the label and hint say what this is.
    const textarea = textareaRef.current;
    if (textarea) {
      textarea.focus({ preventScroll: false });
      textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    }
  }, [start, note.id]);

  useEffect(() => {
    if (step !== 'edit') confirmRef.current?.focus();
  }, [step]);

  const failure = state.kind === 'failed' ? state.failure : null;
  // Signed or discarded elsewhere, or read-only: the text stays to be copied or kept another way.
  const final = failure !== null && isFinal(failure);
  const locked = step !== 'edit' || busy || final;

  const changeBody = (value: string) => {
    setBody(value);
    saver.change({ body: value, noteDate: lastGoodDate.current });
  };
  const changeDate = (parts: DateParts) => {
    setDateParts(parts);
    const iso = validNoteDate(parts);
    if (iso) {
      lastGoodDate.current = iso;
      setDateError(undefined);
    }
    // While the date is not a real one, the text still saves, with the last real date.
    saver.change({ body, noteDate: lastGoodDate.current });
  };
  const leaveDate = (event: FocusEvent<HTMLDivElement>) => {
    if (event.currentTarget.contains(event.relatedTarget)) return;
    setDateError(noteDateProblem(dateParts));
    void saver.flush();
  };
  const useText = (text: { body: string; noteDate: string }) => {
    setBody(text.body);
    setDateParts(fromIsoDate(text.noteDate));
    lastGoodDate.current = text.noteDate;
    setDateError(undefined);
  };

  const askToSign = () => {
    const problems = [];
    if (body.trim() === '') problems.push({ field: BODY, message: `Write the ${what} before signing it` });
    const dateProblem = noteDateProblem(dateParts);
    if (dateProblem) problems.push({ field: dateFieldTarget(DATE), message: dateProblem });
    setDateError(dateProblem);
    if (problems.length > 0) return form.show(problems);
    form.clear();
    setStep('sign');
  };

  const refreshLists = () => queryClient.invalidateQueries({ queryKey: notesKeys.all(record.id) });

  const sign = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await saver.flush();
      if (!saver.isSaved()) {
        setStep('edit');
        return form.show([
          {
            field: BODY,
            message: `The ${what} could not be saved, so it has not been signed. ${statusText(saver.getState())}`,
          },
        ]);
      }
      const signed = await signNote(note.id, saver.version);
      saver.finish();
      updateCachedNote(queryClient, record.id, note.id, signed);
      onDone({ kind: 'signed', note: signed });
      void refreshLists();
    } catch (error) {
      setStep('edit');
      form.show(problemsFrom(error, [BODY], BODY));
      if (isApiError(error, 409) || isApiError(error, 412)) void refreshLists();
    } finally {
      setBusy(false);
    }
  };

  const discard = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await saver.flush();
      await discardDraft(note.id, saver.version);
      saver.finish();
      updateCachedNote(queryClient, record.id, note.id, null);
      onDone({ kind: 'discarded', note });
      void refreshLists();
    } catch (error) {
      setStep('edit');
      form.show(problemsFrom(error, [BODY], BODY));
    } finally {
      setBusy(false);
    }
  };

  const saveAndClose = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await saver.flush();
    } finally {
      setBusy(false);
    }
    if (saver.isSaved()) onDone({ kind: 'closed', note });
  };

  const bodyError =
    form.errorFor(BODY) ?? (failure?.kind === 'invalid' && failure.field === 'body' ? failure.message : undefined);
  const length = lengthMessage(body.length);
  const heading = isAddendum ? 'Write an addendum' : 'Write a case note';

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink asElement={Link} to={backTo}>
          Back to case notes
        </BackLink>
        <ProblemSummary problems={form.problems} attempt={form.attempt} />
        <PageHeading caption={record.name}>{heading}</PageHeading>

        {start.from === 'device' && !start.savedSince ? (
          <InsetText>
            <p>
              Text you typed on this device ({formatDateTime(start.changedAt)}) had not been saved. It has been put back
              below and is being saved now.
            </p>
          </InsetText>
        ) : null}

        {parent ? (
          <section className="haven-note haven-note--parent" aria-labelledby="parent-note">
            <h2 className="nhsuk-heading-s" id="parent-note">
              Adding to the note of {formatDate(parent.noteDate)} by {parent.author.name}
            </h2>
            <NoteText text={parent.body} />
          </section>
        ) : null}

        {failure && failure.kind !== 'retry' && failure.kind !== 'invalid' ? (
          <SaveProblem
            failure={failure}
            record={record}
            note={note}
            parent={parent}
            text={{ body, noteDate: lastGoodDate.current }}
            saver={saver}
            onUseText={useText}
            onReplaced={(replacement) => {
              saver.finish();
              void refreshLists();
              onReplaced(replacement);
            }}
          />
        ) : null}

        <div onBlur={leaveDate}>
          <DateField
            id={DATE}
            legend={isAddendum ? 'Date of the addendum' : 'Date of the note'}
            hint="The day of the contact or event it records, for example 7 3 2026"
            value={dateParts}
            onChange={changeDate}
            error={form.errorFor(dateFieldTarget(DATE)) ?? dateError}
          />
        </div>

        <Textarea
          ref={textareaRef}
          id={BODY}
          name={BODY}
          label={isAddendum ? 'Addendum' : 'Note'}
          labelProps={{ size: 's' }}
          hint="Saved as you type. Only you can see a draft until you sign it."
          rows={16}
          spellCheck
          value={body}
          readOnly={locked}
          onChange={(e) => changeBody(e.currentTarget.value)}
          onBlur={() => void saver.flush()}
          error={bodyError}
          className="haven-note-textarea"
        />
        {length ? (
          <p className={`nhsuk-body-s ${length.over ? 'haven-note-over-limit' : 'haven-note-quiet'}`}>{length.text}</p>
        ) : null}

        <div
          className={`haven-save-status${failure ? ' haven-save-status--failed' : ''}`}
          role="status"
          aria-live="polite"
        >
          {statusText(state)}
        </div>
        {failure?.kind === 'retry' || failure?.kind === 'signed-out' ? (
          <p className="nhsuk-body-s">
            <button type="button" className="haven-note-link-button" onClick={() => void saver.flush()}>
              Try saving again
            </button>
          </p>
        ) : null}

        {step === 'edit' && !final ? (
          <div className="nhsuk-button-group">
            <Button type="button" onClick={askToSign}>
              Sign this {what}
            </Button>
            <Button type="button" secondary onClick={() => void saveAndClose()}>
              {busy ? 'Saving…' : 'Save and close'}
            </Button>
            <button
              type="button"
              className="haven-note-link-button haven-note-link-button--warning"
              onClick={() => setStep('discard')}
            >
              Discard this draft
            </button>
          </div>
        ) : null}

        {step === 'sign' ? (
          <div className="haven-note-confirm">
            <h2 className="nhsuk-heading-m" tabIndex={-1} ref={confirmRef}>
              Sign this {what}?
            </h2>
            <p className="nhsuk-body">
              Once signed, the {what} becomes part of {record.name}&rsquo;s record with your name and the time. It
              cannot be changed or deleted afterwards: to correct it or add to it, you add an addendum.
            </p>
            <div className="nhsuk-button-group">
              <Button type="button" onClick={() => void sign()} disabled={busy}>
                {busy ? 'Signing…' : `Yes, sign this ${what}`}
              </Button>
              <Button type="button" secondary onClick={() => setStep('edit')} disabled={busy}>
                No, keep writing
              </Button>
            </div>
          </div>
        ) : null}

        {step === 'discard' ? (
          <div className="haven-note-confirm haven-note-confirm--warning">
            <h2 className="nhsuk-heading-m" tabIndex={-1} ref={confirmRef}>
              Discard this draft?
            </h2>
            <p className="nhsuk-body">The draft and its text will be deleted. This cannot be undone.</p>
            <div className="nhsuk-button-group">
              <Button type="button" warning onClick={() => void discard()} disabled={busy}>
                {busy ? 'Discarding…' : 'Yes, discard it'}
              </Button>
              <Button type="button" secondary onClick={() => setStep('edit')} disabled={busy}>
                No, keep it
              </Button>
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
