import { describe, expect, it } from 'vitest';
import { goalsMet, LANGUAGES, type Policy, type RunState, randomBot } from '../../src/rules';
import {
  buildCard,
  CARD_KEYS,
  type CardKey,
  MAX_CARD_WALLS,
  type Translate,
  templateTranslate,
  type Values,
} from '../../src/share/card-model';
import strings from '../../src/share/card-strings.json';
import { botRun } from '../helpers/bot-runs';
import { testLevel } from '../helpers/builders';

const level = testLevel();
const templates: Record<string, Record<string, string>> = strings;
const placeholders = (template: string) =>
  [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();

/** A translate function that fails the test when asked for an unknown key or left without a value. */
function strictT(lang: string, asked: CardKey[] = []): Translate {
  const plain = templateTranslate(templates[lang]!);
  return (key: CardKey, values: Values = {}) => {
    asked.push(key);
    const template = templates[lang]![key];
    expect(template, `template for ${key}`).toBeDefined();
    for (const name of placeholders(template!))
      expect(values, `${key} needs {{${name}}}`).toHaveProperty(name);
    return plain(key, values);
  };
}

const withWalls = (s: RunState, n: number): RunState => ({
  ...s,
  walls: Array.from({ length: n }, (_, i) => ({
    month: 1,
    source: 'venue' as const,
    venue: i % 2 ? 'school' : 'permit-office',
    action: i % 2 ? 'enrol' : 'apply',
    unmet: [],
    facts: [],
  })).concat(
    Array.from({ length: Math.max(0, n - 2) }, (_, i) => ({
      month: 2,
      source: 'venue' as const,
      venue: `v${i}`,
      action: 'a',
      unmet: [],
      facts: [],
    })),
  ),
});

describe('card strings', () => {
  it('has a template for every card key in English and Chinese, and nothing else', () => {
    for (const lang of LANGUAGES) expect(Object.keys(templates[lang]!).sort()).toEqual([...CARD_KEYS].sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of CARD_KEYS)
      expect(placeholders(templates['zh-Hans']![key]!)).toEqual(placeholders(templates.en![key]!));
  });
});

describe('outcome card', () => {
  // Played on first use inside a test, not while the file is collected, so that mutation testing
  // (Stryker) can tell which test ran which rule.
  let made: ReturnType<typeof botRun> | undefined;
  const run = {
    get state() {
      made ??= botRun(level, null, 'rural', 4, randomBot);
      return made.state;
    },
    get twinState() {
      made ??= botRun(level, null, 'rural', 4, randomBot);
      return made.twinState;
    },
  };

  it('says goals met x of y, the end reason, and the four key figures from the run', () => {
    const card = buildCard({
      level,
      state: run.state,
      twinState: run.twinState,
      lang: 'en',
      t: strictT('en'),
    });
    expect(card.goals).toEqual({ met: goalsMet(level, run.state).length, total: level.goals.length });
    expect(card.headline).toEqual({ key: 'card.headline', values: card.goals });
    expect(card.ended.key).toBe(`card.ended.${run.state.ended?.reason ?? 'months'}`);
    expect(card.figures.map((f) => [f.id, f.value, f.twin])).toEqual([
      ['money', run.state.stats.money, run.twinState!.stats.money],
      ['health', run.state.stats.health, run.twinState!.stats.health],
      ['family', run.state.stats.family, run.twinState!.stats.family],
      ['insuranceMonths', run.state.stats.insuranceMonths, run.twinState!.stats.insuranceMonths],
    ]);
    expect(card.city).toBe('Testville');
    expect(card.registration).toMatchObject({ id: 'rural', kind: 'rural', name: 'Rural' });
  });

  it('writes money with a real minus sign and the yuan sign', () => {
    const poor = { ...run.state, stats: { ...run.state.stats, money: -12345 } };
    const card = buildCard({ level, state: poor, twinState: null, lang: 'en', t: strictT('en') });
    expect(card.figures[0]!.text).toBe('−¥12,345');
  });

  it('gives the twin line as a key and values: better when the twin met more goals', () => {
    const me = { ...run.state, flags: [], documents: [] };
    const twin = { ...run.twinState!, flags: ['in-school'], registrationId: 'urban' };
    const card = buildCard({ level, state: me, twinState: twin, lang: 'en', t: strictT('en') });
    expect(card.twin).toEqual({
      key: 'card.twin.better',
      values: { twin: 'Urban', twinGoals: 1, total: 2, twinMoney: expect.stringContaining('¥') },
    });
    const reverse = buildCard({
      level,
      state: twin,
      twinState: { ...me, registrationId: 'rural' },
      lang: 'en',
      t: strictT('en'),
    });
    expect(reverse.twin?.key).toBe('card.twin.worse');
    const same = buildCard({
      level,
      state: me,
      twinState: { ...me, registrationId: 'urban' },
      lang: 'en',
      t: strictT('en'),
    });
    expect(same.twin?.key).toBe('card.twin.same');
    expect(buildCard({ level, state: me, twinState: null, lang: 'en', t: strictT('en') }).twin).toBeNull();
  });

  it('names the walls from the level, once each, and counts the ones it leaves out', () => {
    const state = withWalls(run.state, 8);
    const card = buildCard({ level, state, twinState: null, lang: 'en', t: strictT('en') });
    expect(card.walls[0]).toBe('permit-office: apply');
    expect(card.walls[1]).toBe('school: enrol');
    expect(card.walls).toHaveLength(MAX_CARD_WALLS);
    expect(card.wallsMore).toBe(2 + 6 - MAX_CARD_WALLS);
  });

  it('builds the alt text and the chat summary from the templates, in each language', () => {
    for (const lang of LANGUAGES) {
      const asked: CardKey[] = [];
      const card = buildCard({
        level,
        state: withWalls(run.state, 2),
        twinState: run.twinState,
        lang,
        t: strictT(lang, asked),
        url: 'https://example.org/?run=R1.xyz',
        resultCode: 'IW1-abc',
      });
      expect(asked.every((k) => (CARD_KEYS as readonly string[]).includes(k))).toBe(true);
      for (const text of [card.alt, card.summary]) {
        expect(text).not.toMatch(/\{\{|\}\}|card\./);
        expect(text).toContain('Testville');
      }
      expect(card.summary).toContain('https://example.org/?run=R1.xyz');
      expect(card.summary).toContain('IW1-abc');
      expect(card.alt).not.toContain('\n');
    }
  });

  it('says the policy only when the run was played under a reform', () => {
    const reform: Policy = {
      id: 'residency-access',
      name: { en: 'Access follows residence', 'zh-Hans': '按居住地享受服务' },
      summary: { en: '', 'zh-Hans': '' },
      rewrites: [],
      facts: [],
    };
    const under = { ...run.state, policyId: 'residency-access' };
    expect(
      buildCard({ level, state: under, twinState: null, policy: reform, lang: 'en', t: strictT('en') })
        .policy,
    ).toBe('Access follows residence');
    expect(
      buildCard({ level, state: run.state, twinState: null, policy: null, lang: 'en', t: strictT('en') })
        .policy,
    ).toBeNull();
  });
});
