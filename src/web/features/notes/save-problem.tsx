import { Button, Details, WarningCallout } from 'nhsuk-react-components';
import { useState } from 'react';
import { formatDateTime } from '../../app/format';
import type { FamilyRecord } from '../family/api';
import { startAddendum, startNote, type CaseNote } from './api';
import type { DraftSaver, DraftText } from './draft-saver';
import { NoteText } from './note-text';
import type { Failure } from './save-status';

type Props = {
  failure: Failure;
  record: FamilyRecord;
  note: CaseNote;
  parent: CaseNote | null;
  /** What is in the editor now. */
  text: DraftText;
  saver: DraftSaver;
  onUseText: (text: DraftText) => void;
  onReplaced: (note: CaseNote) => void;
};

const KEPT = 'Your text is still here and kept on this device: nothing you typed has been lost.';

/**
 * Why the draft is not saving and what the person can do, always without losing their text: sign
 * in again, choose between their text and a version saved elsewhere, or keep the text in a new
 * draft when this one was signed or discarded somewhere else.
 */
export function SaveProblem({ failure, record, note, parent, text, saver, onUseText, onReplaced }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const act = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Something went wrong. Try again.');
    } finally {
      setBusy(false);
    }
  };
  const keepAs = (start: () => Promise<CaseNote>) => act(async () => onReplaced(await start()));
  const problem = error ? <p className="nhsuk-error-message">{error}</p> : null;

  switch (failure.kind) {
    case 'signed-out':
      return (
        <WarningCallout>
          <WarningCallout.Heading>You have been signed out</WarningCallout.Heading>
          <p>{KEPT}</p>
          <p>
            <a href="/sign-in" target="_blank" rel="noopener">
              Sign in again (opens in a new tab)
            </a>
            , then come back to this tab: your text will then be saved. If this tab is closed, your text will be put
            back when you open this draft again on this device.
          </p>
        </WarningCallout>
      );
    case 'conflict': {
      const latest = failure.latest;
      return (
        <WarningCallout>
          <WarningCallout.Heading>This draft was changed in another window</WarningCallout.Heading>
          <p>
            It was saved from another window or device after you last typed here, so your latest text has not been saved
            over it. {KEPT}
          </p>
          {latest ? (
            <>
              <Details>
                <Details.Summary>See the version saved at {formatDateTime(latest.updatedAt)}</Details.Summary>
                <Details.Text>
                  <NoteText text={latest.body} empty="That version is empty." />
                </Details.Text>
              </Details>
              <div className="nhsuk-button-group">
                <Button type="button" onClick={() => void act(() => saver.keepMine(latest))}>
                  Keep my text and save it
                </Button>
                <Button type="button" secondary onClick={() => onUseText(saver.useSaved(latest))}>
                  Use the saved version instead
                </Button>
              </div>
            </>
          ) : (
            <Button type="button" secondary onClick={() => void act(() => saver.reloadLatest())}>
              Show the saved version
            </Button>
          )}
          {problem}
        </WarningCallout>
      );
    }
    case 'signed':
      return (
        <WarningCallout>
          <WarningCallout.Heading>
            This {note.addendumTo ? 'addendum' : 'note'} has already been signed
          </WarningCallout.Heading>
          <p>
            It was signed in another window or device, so it can no longer be changed. {KEPT} To keep what you wrote,
            add it to the record as an addendum.
          </p>
          <Button
            type="button"
            onClick={() => void keepAs(() => startAddendum(note.id, { body: text.body, noteDate: text.noteDate }))}
          >
            {busy ? 'Starting…' : 'Add my text as an addendum'}
          </Button>
          {problem}
        </WarningCallout>
      );
    case 'gone':
      return (
        <WarningCallout>
          <WarningCallout.Heading>This draft has been discarded</WarningCallout.Heading>
          <p>It was discarded in another window or device. {KEPT}</p>
          <Button
            type="button"
            onClick={() =>
              void keepAs(() =>
                parent
                  ? startAddendum(parent.id, { body: text.body, noteDate: text.noteDate })
                  : startNote(record.id, { body: text.body, noteDate: text.noteDate }),
              )
            }
          >
            {busy ? 'Starting…' : 'Keep my text in a new draft'}
          </Button>
          {problem}
        </WarningCallout>
      );
    case 'read-only':
      return (
        <WarningCallout>
          <WarningCallout.Heading>This draft cannot be saved</WarningCallout.Heading>
          <p>{failure.message}</p>
          <p>Your text is below: copy it if you need it.</p>
        </WarningCallout>
      );
    default:
      return null;
  }
}
