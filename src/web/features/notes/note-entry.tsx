import { Button } from 'nhsuk-react-components';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../app/format';
import type { CaseNote } from './api';
import type { NoteEntry } from './arrange';
import { NoteText } from './note-text';

type Props = {
  entry: NoteEntry;
  search: string;
  canWrite: boolean;
  starting: boolean;
  onAddAddendum: () => void;
};

const signedLine = (note: CaseNote) => (note.signedAt ? `Signed ${formatDateTime(note.signedAt)}` : 'Not signed');

/** One signed note, read-only, with its addenda beneath it and a way to add one. */
export function NoteEntryView({ entry, search, canWrite, starting, onAddAddendum }: Props) {
  const { note, addenda, draftAddenda } = entry;
  const headingId = `note-${note.id}`;
  const date = formatDate(note.noteDate);
  return (
    <article className="haven-note" aria-labelledby={headingId}>
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1" id={headingId}>
        {note.addendumTo ? `Addendum dated ${date}` : date}
      </h3>
      <p className="nhsuk-body-s haven-note__meta">
        {note.author.name}. {signedLine(note)}
      </p>
      <NoteText text={note.body} search={search} />
      {addenda.length > 0 ? (
        <ol className="haven-addenda" aria-label={`Addenda to the note of ${date}`}>
          {addenda.map((addendum) => (
            <li key={addendum.id} className="haven-addendum">
              <h4 className="nhsuk-heading-xs nhsuk-u-margin-bottom-1">
                Addendum by {addendum.author.name}
                {addendum.signedAt ? `, signed ${formatDateTime(addendum.signedAt)}` : ''}
              </h4>
              {addendum.noteDate !== note.noteDate ? (
                <p className="nhsuk-body-s haven-note__meta">Dated {formatDate(addendum.noteDate)}</p>
              ) : null}
              <NoteText text={addendum.body} search={search} />
            </li>
          ))}
        </ol>
      ) : null}
      {draftAddenda.map((draft) => (
        <p className="nhsuk-body-s" key={draft.id}>
          You have a draft addendum to this note.{' '}
          <Link to={`?note=${draft.id}`}>
            Continue the draft addendum<span className="nhsuk-u-visually-hidden"> to the note of {date}</span>
          </Link>
        </p>
      ))}
      {canWrite && !note.addendumTo ? (
        <Button type="button" secondary small onClick={onAddAddendum} className="nhsuk-u-margin-bottom-0">
          {starting ? 'Starting…' : 'Add an addendum'}
          <span className="nhsuk-u-visually-hidden"> to the note of {date}</span>
        </Button>
      ) : null}
    </article>
  );
}
