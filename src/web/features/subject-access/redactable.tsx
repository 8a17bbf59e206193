import { createContext, Fragment, useContext, useId, useState, type ReactNode } from 'react';
import type { Named, SubjectAccess } from './api';
import { splitByTerms, termsFor } from './redaction';

/** The words to black out inside the item being shown: none unless the reviewer has marked it. */
const RedactionTerms = createContext<string[]>([]);
/** The whole answer, for the words that name each person. */
export const SubjectAccessData = createContext<SubjectAccess | null>(null);

/**
 * Text from the record, with other people's names blacked out when the item it is in is marked.
 * The name keeps its width (so the layout does not shift), hidden behind a black bar on screen and
 * on paper; screen readers hear that a name was marked instead.
 */
export function R({ children }: { children: string | null | undefined }) {
  const terms = useContext(RedactionTerms);
  if (children === null || children === undefined) return null;
  return (
    <>
      {splitByTerms(children, terms).map((piece, i) =>
        piece.redact ? (
          <span className="haven-redacted" key={i}>
            <span className="haven-redacted__text" aria-hidden="true">
              {piece.text}
            </span>
            <span className="nhsuk-u-visually-hidden">(name marked for redaction)</span>
          </span>
        ) : (
          <Fragment key={i}>{piece.text}</Fragment>
        ),
      )}
    </>
  );
}

/** Text someone typed, a paragraph a line, each through R. */
export function RParagraphs({ text }: { text: string | null }) {
  if (!text) return null;
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return (
    <>
      {lines.map((line, i) => (
        <p className="nhsuk-body haven-sar__text" key={i}>
          <R>{line}</R>
        </p>
      ))}
    </>
  );
}

type ItemProps = {
  /** The item's heading, which names nobody (a date and a kind of entry). */
  title: string;
  others: Named[];
  children: ReactNode;
};

/**
 * One entry of the document, as a card. When it names other people, a checkbox lets the reviewer
 * black out their names in it; the checkbox is not printed.
 */
export function Item({ title, others, children }: ItemProps) {
  const data = useContext(SubjectAccessData);
  const [marked, setMarked] = useState(false);
  const id = useId();
  const terms = marked && data ? termsFor(data, others) : [];
  const names = others.map((o) => o.name ?? 'someone not named').join(', ');
  return (
    <section className="nhsuk-card haven-sar__item" aria-labelledby={`${id}-title`}>
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-heading-s" id={`${id}-title`}>
          {title}
        </h3>
        <RedactionTerms.Provider value={terms}>{children}</RedactionTerms.Provider>
        {others.length > 0 ? (
          <div className="nhsuk-checkboxes haven-sar__no-print haven-sar__mark">
            <div className="nhsuk-checkboxes__item">
              <input
                className="nhsuk-checkboxes__input"
                id={`${id}-mark`}
                type="checkbox"
                checked={marked}
                aria-describedby={`${id}-hint`}
                onChange={(e) => setMarked(e.currentTarget.checked)}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${id}-mark`}>
                Mark other people&apos;s details for redaction
                <span className="nhsuk-u-visually-hidden"> in {title}</span>
              </label>
              <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${id}-hint`}>
                Names other people: {names}
              </div>
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}
