// The guarded storage, the save's slot rules and class progress checks: what the player keeps
// when the browser's storage is blocked, full or holds something malformed.
import { describe, expect, it } from 'vitest';
import { isClassProgress, loadProgress } from '../../src/classroom/ui/progress';
import { guardStorage, keepsProgress, type StorageTrouble } from '../../src/platform/storage';
import { readSave, SAVE_KEY, SET_ASIDE_KEY, setAsideSave, writeSave } from '../../src/store/save';

/** A Storage backed by a Map, which can be told to refuse writes (full) or everything (blocked). */
function fakeStorage(mode: { full?: boolean; broken?: boolean } = {}): Storage {
  const m = new Map<string, string>();
  const check = () => {
    if (mode.broken) throw new DOMException('denied', 'SecurityError');
  };
  return {
    getItem: (k) => {
      check();
      return m.get(k) ?? null;
    },
    setItem: (k, v) => {
      check();
      if (mode.full) throw new DOMException('full', 'QuotaExceededError');
      m.set(k, v);
    },
    removeItem: (k) => {
      check();
      m.delete(k);
    },
    clear: () => m.clear(),
    key: (i) => [...m.keys()][i] ?? null,
    get length() {
      return m.size;
    },
  };
}

const record = {
  levelId: 'tutorial',
  seed: 7,
  registrationId: 'rural-elsewhere',
  policyId: 'status-quo',
  intents: [],
};

describe('guardStorage', () => {
  it('without any storage keeps values in memory, never throws, and says progress is not kept', () => {
    const s = guardStorage(null);
    const heard: StorageTrouble[] = [];
    s.onTrouble((x) => heard.push(x));
    expect(s.persistent).toBe(false);
    expect(heard).toEqual(['unavailable']);
    s.setItem('a', '1');
    expect(s.getItem('a')).toBe('1');
    s.removeItem('a');
    expect(s.getItem('a')).toBeNull();
  });

  it('when a write fails (storage full) keeps the value for this visit and warns', () => {
    const mode = { full: false };
    const s = guardStorage(fakeStorage(mode));
    const heard: StorageTrouble[] = [];
    s.onTrouble((x) => heard.push(x));
    expect(s.persistent).toBe(true);
    expect(heard).toEqual([]);
    s.setItem('a', 'old');
    mode.full = true;
    s.setItem('a', 'new');
    expect(heard).toEqual(['write-failed']);
    expect(s.getItem('a')).toBe('new');
    mode.full = false;
    s.setItem('a', 'later');
    expect(s.getItem('a')).toBe('later');
  });

  it('says progress is kept only while every write is really stored', () => {
    const mode = { full: false };
    const s = guardStorage(fakeStorage(mode));
    s.setItem('a', '1');
    expect(keepsProgress(s)).toBe(true);
    mode.full = true;
    s.setItem('a', '2');
    expect(keepsProgress(s)).toBe(false);
    mode.full = false;
    s.setItem('a', '3');
    expect(keepsProgress(s)).toBe(true);
    expect(keepsProgress(guardStorage(null))).toBe(false);
  });

  it('when the backing starts throwing on reads answers null instead of throwing', () => {
    const mode = { broken: false };
    const s = guardStorage(fakeStorage(mode));
    s.setItem('a', '1');
    mode.broken = true;
    expect(s.getItem('a')).toBeNull();
    expect(() => s.removeItem('a')).not.toThrow();
  });
});

describe('the save slot', () => {
  it('marks a finished run as ended and reads it back so', () => {
    const s = fakeStorage();
    writeSave(s, record, true);
    expect(readSave(s)).toEqual({ ok: true, record, ended: true });
    writeSave(s, record);
    expect(readSave(s)).toEqual({ ok: true, record, ended: false });
  });

  it('tells a newer save from an older one', () => {
    const s = fakeStorage();
    s.setItem(SAVE_KEY, JSON.stringify({ v: 99, run: record }));
    expect(readSave(s)).toEqual({ ok: false, reason: 'new-version' });
    s.setItem(SAVE_KEY, JSON.stringify({ v: 0, run: record }));
    expect(readSave(s)).toEqual({ ok: false, reason: 'old-version' });
  });

  it('sets a save aside by copying it byte for byte before freeing the slot', () => {
    const s = fakeStorage();
    s.setItem(SAVE_KEY, 'garbage{');
    expect(setAsideSave(s)).toBe(true);
    expect(s.getItem(SET_ASIDE_KEY)).toBe('garbage{');
    expect(s.getItem(SAVE_KEY)).toBeNull();
  });

  it('keeps the save where it is when the copy cannot be written', () => {
    const mode = { full: false };
    const s = fakeStorage(mode);
    s.setItem(SAVE_KEY, 'garbage{');
    mode.full = true;
    expect(setAsideSave(s)).toBe(false);
    expect(s.getItem(SAVE_KEY)).toBe('garbage{');
  });
});

describe('class progress', () => {
  const good = { code: 'ABCDEFGH', kind: 'rural', seat: 3, before: [1, 2], after: null, results: [] };

  it('accepts a well-formed place in a class', () => {
    expect(isClassProgress(good)).toBe(true);
    const s = fakeStorage();
    s.setItem('iw.class', JSON.stringify(good));
    // A place saved before class result codes existed loads with none yet and no level under way.
    expect(loadProgress(s, 'ABCDEFGH')).toEqual({ ...good, codes: [], playing: null });
  });

  it('keeps the class result codes and the level under way', () => {
    const s = fakeStorage();
    const place = { ...good, codes: ['IWC0ABC'], playing: 'factory-city' };
    s.setItem('iw.class', JSON.stringify(place));
    expect(loadProgress(s, 'ABCDEFGH')).toEqual(place);
    s.setItem('iw.class', JSON.stringify({ ...place, codes: [5] }));
    expect(loadProgress(s, 'ABCDEFGH').codes).toEqual([]);
  });

  it.each([
    ['a number', 5],
    ['results not a list', { ...good, results: 'x' }],
    ['a malformed result', { ...good, results: [{ levelId: 'tutorial' }] }],
    ['a strange kind', { ...good, kind: 'martian' }],
    ['answers that are not numbers', { ...good, before: ['a'] }],
    ['a seat that is not a number', { ...good, seat: '3' }],
  ])('refuses %s and starts the class afresh', (_name, value) => {
    expect(isClassProgress(value)).toBe(false);
    const s = fakeStorage();
    s.setItem('iw.class', JSON.stringify(value));
    expect(loadProgress(s, 'ABCDEFGH')).toEqual({
      code: 'ABCDEFGH',
      kind: null,
      seat: null,
      before: null,
      after: null,
      results: [],
      codes: [],
      playing: null,
    });
  });
});
