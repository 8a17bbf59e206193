/**
 * Lists edited as text, one item a line: postcode areas ("OX4"), and pairs written
 * "first | second" (decline reasons "code | label", signposts "name | contact").
 */

export const POSTCODE_AREA = /^[A-Z]{1,2}(\d[A-Z\d]?( \d)?)?$/;
export const REASON_CODE = /^[a-z0-9-]{1,40}$/;

const nonBlankLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter((l) => l.line !== '');

export type Parsed<T> = { items: T[]; problems: string[] };

export function parsePostcodeAreas(text: string): Parsed<string> {
  const items: string[] = [];
  const problems: string[] = [];
  for (const { line, number } of nonBlankLines(text)) {
    const area = line.toUpperCase().replace(/\s+/g, ' ');
    if (POSTCODE_AREA.test(area)) items.push(area);
    else problems.push(`Line ${number}, "${line}", is not a postcode area (OX), district (OX4) or sector (OX4 1)`);
  }
  return { items, problems };
}

/** "first | second" per line; the second part may itself contain "|". */
export function parsePairs(text: string): { first: string; second: string; number: number }[] {
  return nonBlankLines(text).map(({ line, number }) => {
    const at = line.indexOf('|');
    return at === -1
      ? { first: line, second: '', number }
      : { first: line.slice(0, at).trim(), second: line.slice(at + 1).trim(), number };
  });
}

export function parseDeclineReasons(text: string): Parsed<{ code: string; label: string }> {
  const problems: string[] = [];
  const items = parsePairs(text).map(({ first, second, number }) => {
    if (!REASON_CODE.test(first))
      problems.push(`Line ${number}: the code must be lower-case letters, digits and hyphens, like outside-area`);
    else if (second === '')
      problems.push(`Line ${number}: write the label after a |, like outside-area | Outside our area`);
    return { code: first, label: second };
  });
  const codes = items.map((r) => r.code);
  const repeated = codes.find((c, i) => codes.indexOf(c) !== i);
  if (repeated) problems.push(`The code ${repeated} is used more than once`);
  if (items.length === 0) problems.push('Enter at least one decline reason');
  return { items, problems };
}

export function parseSignposts(text: string): Parsed<{ name: string; contact: string }> {
  const problems: string[] = [];
  const items = parsePairs(text).map(({ first, second, number }) => {
    if (first === '') problems.push(`Line ${number}: write the service's name before the |`);
    return { name: first, contact: second };
  });
  return { items, problems };
}

export const pairsText = (pairs: [string, string][]) => pairs.map(([a, b]) => `${a} | ${b}`).join('\n');
