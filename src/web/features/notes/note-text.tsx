import { highlight } from './arrange';

type Props = { text: string; search?: string; empty?: string };

/**
 * What a clinician wrote, exactly as laid out (line breaks, blank lines, indents), as text and
 * never as markup; with a search, each match is marked.
 */
export function NoteText({ text, search = '', empty = 'Nothing written yet.' }: Props) {
  if (text.trim() === '') return <p className="nhsuk-body haven-note-quiet">{empty}</p>;
  return (
    <div className="nhsuk-body haven-note__body">
      {highlight(text, search).map((segment, i) =>
        segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </div>
  );
}
