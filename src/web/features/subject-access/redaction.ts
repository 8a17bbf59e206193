import type { Named, SubjectAccess } from './api';

// Blacking out other people's names on the page is an aid for the person answering a subject access
// request: it changes nothing stored, and nothing is remembered once the page is left.

/** A piece of text, and whether it is a name to black out. */
export type Piece = { text: string; redact: boolean };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `text` where any of `terms` appears as whole words (any case), longest terms first so a
 * full name is blacked out whole rather than only its first name.
 */
export function splitByTerms(text: string, terms: string[]): Piece[] {
  const wanted = [...new Set(terms.filter((t) => t.trim() !== ''))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0 || text === '') return [{ text, redact: false }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${wanted.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const pieces: Piece[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > at) pieces.push({ text: text.slice(at, start), redact: false });
    pieces.push({ text: match[0], redact: true });
    at = start + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), redact: false });
  return pieces;
}

/**
 * The words that name the other people of one item, from the answer's redaction candidates (by
 * person, or by name for someone recorded in more than one episode).
 */
export function termsFor(data: SubjectAccess, others: Named[]): string[] {
  const byId = new Map(data.redactionCandidates.map((c) => [c.personId, c.terms]));
  const byName = new Map(data.redactionCandidates.map((c) => [c.name.trim().toLowerCase(), c.terms]));
  return others.flatMap(
    (o) => byId.get(o.personId) ?? (o.name ? (byName.get(o.name.trim().toLowerCase()) ?? [o.name]) : []),
  );
}
