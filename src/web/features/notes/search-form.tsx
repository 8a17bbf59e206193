import { Button, TextInput } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';

type Props = { search: string; onSearch: (search: string) => void };

/** Searching a family's notes for some words; the search lives in the page's address. */
export function SearchForm({ search, onSearch }: Props) {
  const [text, setText] = useState(search);
  const [shownFor, setShownFor] = useState(search);
  // Follow the address (back and forward, "Clear search") without losing what is being typed.
  if (search !== shownFor) {
    setShownFor(search);
    setText(search);
  }
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form role="search" aria-label="Case notes" onSubmit={submit} noValidate>
      <TextInput
        id="note-search"
        name="q"
        type="search"
        label="Search the notes"
        labelProps={{ size: 's' }}
        hint="Finds notes and addenda containing these words, in any case"
        value={text}
        maxLength={200}
        onChange={(e) => setText(e.currentTarget.value)}
        formGroupProps={{ className: 'nhsuk-u-margin-bottom-3' }}
      />
      <div className="nhsuk-button-group">
        <Button type="submit" secondary small>
          Search
        </Button>
        {search ? (
          <button type="button" className="haven-note-link-button" onClick={() => onSearch('')}>
            Clear search
          </button>
        ) : null}
      </div>
    </form>
  );
}
