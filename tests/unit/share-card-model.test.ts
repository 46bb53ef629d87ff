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
import { testLevel, wallAt } from '../helpers/builders';

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

/** A reform as a card names it: only its id and name matter here. */
const reform: Policy = {
  id: 'residency-access',
  name: { en: 'Access follows residence', 'zh-Hans': '按居住地享受服务' },
  summary: { en: '', 'zh-Hans': '' },
  rewrites: [],
  facts: [],
};
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

describe('what the card says, figure by figure and wall by wall', () => {
  // A city whose places, actions and cards have names unlike their ids, in each language.
  const named: typeof level = {
    ...level,
    venues: level.venues.map((v) => ({
      ...v,
      name: { en: `The ${v.id}`, 'zh-Hans': `${v.id}处` },
      actions: v.actions.map((a) => ({ ...a, name: { en: `To ${a.id}`, 'zh-Hans': `${a.id}事` } })),
    })),
    events: level.events.map((e) => ({
      ...e,
      title: { en: `Card ${e.id}`, 'zh-Hans': `${e.id}卡` },
      choices: e.choices?.map((c) => ({ ...c, label: { en: `Say ${c.id}`, 'zh-Hans': `${c.id}答` } })),
    })),
  };
  // Played inside the tests (see above), once.
  let played: ReturnType<typeof botRun> | undefined;
  const start = () => (played ??= botRun(level, null, 'rural', 4, randomBot));
  const state = (over: Partial<RunState>): RunState => ({ ...start().state, walls: [], ...over });
  const card = (s: RunState, lang: 'en' | 'zh-Hans' = 'en', twinState: RunState | null = null) =>
    buildCard({ level: named, state: s, twinState, lang, t: strictT(lang) });
  const stats = (over: Partial<RunState['stats']>) => ({ ...start().state.stats, ...over });

  it('writes money in whole yuan with no minus sign at zero or above, health and family out of 100, insurance in months', () => {
    const c = card(state({ stats: stats({ money: 0, health: 45, family: 70, insuranceMonths: 7 }) }));
    expect(c.figures.map((f) => f.text)).toEqual(['¥0', '45/100', '70/100', '7']);
    expect(card(state({ stats: stats({ money: 1234567 }) })).figures[0]!.text).toBe('¥1,234,567');
    expect(card(state({ stats: stats({ money: -1 }) })).figures[0]!.text).toBe('−¥1');
    expect(card(state({ stats: stats({ insuranceMonths: 12 }) }), 'zh-Hans').figures[3]!.text).toBe('12个月');
    // Figures are whole numbers on the card, whatever arithmetic led to them.
    expect(card(state({ stats: stats({ money: 2499.6 }) })).figures[0]!.text).toBe('¥2,500');
  });

  it('names a wall at a place by the place and the action, in the card’s language', () => {
    const w = { month: 1, source: 'venue' as const, venue: 'school', action: 'enrol', unmet: [], facts: [] };
    expect(card(state({ walls: [w] })).walls).toEqual(['The school: To enrol']);
    expect(card(state({ walls: [w] }), 'zh-Hans').walls).toEqual(['school处：enrol事']);
  });

  it('names a wall at a month-end card by the card’s title and the answer, and falls back to ids the level lacks', () => {
    const atCard = { month: 2, source: 'event' as const, venue: 'call', action: 'fly', unmet: [], facts: [] };
    expect(card(state({ walls: [atCard] })).walls).toEqual(['Card call: Say fly']);
    expect(card(state({ walls: [atCard] }), 'zh-Hans').walls).toEqual(['call卡：fly答']);
    const gone = [
      { ...atCard, venue: 'old-card', action: 'old-answer' },
      { ...atCard, action: 'old-answer' },
      { ...atCard, source: 'venue' as const, venue: 'old-place', action: 'old-action' },
      { ...atCard, source: 'venue' as const, venue: 'school', action: 'old-action' },
    ];
    expect(card(state({ walls: gone })).walls).toEqual([
      'old-card: old-answer',
      'Card call: old-answer',
      'old-place: old-action',
      'The school: old-action',
    ]);
  });

  it('names a wall at a card without answers by its title and the answer id', () => {
    const atBill = { month: 2, source: 'event' as const, venue: 'bill', action: 'pay', unmet: [], facts: [] };
    expect(card(state({ walls: [atBill] })).walls).toEqual(['Card bill: pay']);
  });

  it('says how the run ended; a run stopped before its end reads as having run its months', () => {
    expect(card(state({ ended: null })).ended.key).toBe('card.ended.months');
    expect(card(state({ ended: { reason: 'money', month: 3 } })).ended.key).toBe('card.ended.money');
    expect(card(state({ ended: { reason: 'goals', month: 5 } })).ended.key).toBe('card.ended.goals');
  });

  it('names the run’s own registration, or its id when the level no longer has it', () => {
    const urban = state({ registrationId: 'urban', registration: { kind: 'urban', place: 'local' } });
    expect(card(urban).registration).toEqual({ id: 'urban', kind: 'urban', place: 'local', name: 'Urban' });
    expect(card(state({ registrationId: 'gone' })).registration.name).toBe('gone');
  });

  it('names the reform only when it is the one the run was played under, and never the status quo', () => {
    const policyOf = (policyId: string, policy: Policy) =>
      buildCard({
        level: named,
        state: state({ policyId }),
        twinState: null,
        policy,
        lang: 'zh-Hans',
        t: strictT('zh-Hans'),
      }).policy;
    expect(policyOf('residency-access', reform)).toBe('按居住地享受服务');
    expect(policyOf('other-reform', reform)).toBeNull();
    expect(policyOf('status-quo', { ...reform, id: 'status-quo' })).toBeNull();
  });

  it('the chat summary and the alt text list the walls, say how many more, or say none was hit', () => {
    const none = card(state({ walls: [] }));
    expect(none.summary.split('\n')).toContain('No walls hit.');
    expect(none.alt).toMatch(/No walls hit\.$/);
    const two = card(state({ walls: [wallAt('school', 'enrol'), wallAt('permit-office', 'apply')] }));
    expect(two.summary.split('\n')).toContain('Walls hit: The school: To enrol; The permit-office: To apply');
    const six = card(state({ walls: ['a', 'b', 'c', 'd', 'e', 'f'].map((v) => wallAt(v, 'x')) }));
    expect(six.summary.split('\n')).toContain('Walls hit: a: x; b: x; c: x; d: x and 2 more');
    // The summary says whom the run was born as, by the registration’s name.
    expect(two.summary.split('\n')).toContain('Born with: Rural');
  });

  it('with as many goals as the twin, the one who ended with more money did better', () => {
    const me = state({ flags: [], documents: [], stats: stats({ money: 1000 }) });
    const line = (twinMoney: number) =>
      card(me, 'en', { ...me, registrationId: 'urban', stats: stats({ money: twinMoney }) }).twin?.key;
    expect(line(1001)).toBe('card.twin.better');
    expect(line(999)).toBe('card.twin.worse');
    expect(line(1000)).toBe('card.twin.same');
    // A twin whose registration the level no longer has is named by its id.
    const lost = card(me, 'en', { ...me, registrationId: 'gone' }).twin;
    expect(lost?.values.twin).toBe('gone');
  });
});
