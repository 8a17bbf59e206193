import { describe, expect, it } from 'vitest';
import { splitByTerms } from './redaction';

const redacted = (text: string, terms: string[]) =>
  splitByTerms(text, terms)
    .map((p) => (p.redact ? `[${p.text}]` : p.text))
    .join('');

describe('splitByTerms', () => {
  it('marks whole-word names in any case, the full name before the first name', () => {
    expect(redacted('Sam Example came; later SAM left. Samuel stayed.', ['Sam', 'Sam Example'])).toBe(
      '[Sam Example] came; later [SAM] left. Samuel stayed.',
    );
  });

  it('takes names literally, and leaves text alone when there is nothing to mark', () => {
    expect(redacted('Jo (J.) Smith and Jo', ['Jo (J.) Smith'])).toBe('[Jo (J.) Smith] and Jo');
    expect(redacted('Nothing here', [])).toBe('Nothing here');
    expect(redacted('Zoë and Zoe', ['Zoë'])).toBe('[Zoë] and Zoe');
  });
});
