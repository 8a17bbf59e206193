import { describe, expect, it } from 'vitest';
import { chooseStart, hasUnsavedCopy, storeIn, type LocalCopy } from './local-copy';

const server = { body: 'Saved text', noteDate: '2026-03-07', version: 3 };
const copy = (over: Partial<LocalCopy> = {}): LocalCopy => ({
  familyId: 'f1',
  body: 'Saved text and more',
  noteDate: '2026-03-07',
  baseVersion: 3,
  changedAt: '2026-03-07T14:05:00.000Z',
  ...over,
});

describe('chooseStart', () => {
  it("opens the server's text when this device holds nothing", () => {
    expect(chooseStart(server, null)).toEqual({
      from: 'server',
      body: 'Saved text',
      noteDate: '2026-03-07',
      discardLocal: false,
    });
  });

  it('drops a device copy the server already has', () => {
    const start = chooseStart(server, copy({ body: 'Saved text', baseVersion: 2 }));
    expect(start).toMatchObject({ from: 'server', body: 'Saved text', discardLocal: true });
  });

  it('puts back text typed over the current version that was never saved', () => {
    expect(chooseStart(server, copy())).toEqual({
      from: 'device',
      body: 'Saved text and more',
      noteDate: '2026-03-07',
      changedAt: '2026-03-07T14:05:00.000Z',
      savedSince: false,
    });
  });

  it('puts back a changed date alone', () => {
    expect(chooseStart(server, copy({ body: 'Saved text', noteDate: '2026-03-06' }))).toMatchObject({
      from: 'device',
      noteDate: '2026-03-06',
    });
  });

  it('still shows text typed over an older version, but says the draft was saved elsewhere since', () => {
    expect(chooseStart(server, copy({ baseVersion: 2 }))).toMatchObject({
      from: 'device',
      body: 'Saved text and more',
      savedSince: true,
    });
  });
});

describe('hasUnsavedCopy', () => {
  it('is true only for a copy that differs from the server', () => {
    expect(hasUnsavedCopy(server, null)).toBe(false);
    expect(hasUnsavedCopy(server, copy({ body: 'Saved text' }))).toBe(false);
    expect(hasUnsavedCopy(server, copy())).toBe(true);
  });
});

describe('storeIn', () => {
  const memory = () => {
    const items = new Map<string, string>();
    return {
      items,
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    };
  };

  it('keeps a copy per note and removes it', () => {
    const storage = memory();
    const store = storeIn(storage);
    store.write('n1', copy());
    expect(store.read('n1')).toEqual(copy());
    expect(store.read('n2')).toBeNull();
    store.remove('n1');
    expect(store.read('n1')).toBeNull();
  });

  it('ignores what is not a copy (another version of the app, a hand edit)', () => {
    const storage = memory();
    storage.items.set('haven.note-draft.n1', '{"body": 1}');
    storage.items.set('haven.note-draft.n2', 'not json');
    const store = storeIn(storage);
    expect(store.read('n1')).toBeNull();
    expect(store.read('n2')).toBeNull();
  });

  it('holds nothing, without failing, when storage is full or missing', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(() => storeIn(full).write('n1', copy())).not.toThrow();
    const none = storeIn(null);
    none.write('n1', copy());
    expect(none.read('n1')).toBeNull();
  });
});
