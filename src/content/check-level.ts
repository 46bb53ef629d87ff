// Checks a level beyond what its schema can say: duplicate ids, references, reachable goals.
import { meets } from '../rules/requirements';
import { newRun } from '../rules/state';
import type { Effect, Level, Requirement } from '../rules/types';
import { checkStory } from './check-story';
import { fromZod, type Problem, pointer } from './problems';
import { LevelSchema } from './schema';

/** The years a fact holds for, from levels/facts.json. */
export interface FactPeriod {
  from: number;
  until?: number;
  supersededBy?: string;
}

export interface LevelContext {
  factIds: ReadonlySet<string>;
  /** Each fact's period; when given, every fact a level cites must hold in the level's rulesAsOf year. */
  factPeriods?: ReadonlyMap<string, FactPeriod>;
  policyIds: ReadonlySet<string>;
  /** The id the file name implies, e.g. "tutorial" for levels/tutorial.json. */
  expectedId?: string;
}

type Path = (string | number)[];

/** The words budget of an event card: title, text and choice labels together. */
export const CARD_WORDS = 60;
export const CARD_HAN = 100;

/** Validates untrusted level data: the schema first, then every cross-reference. */
export function checkLevel(
  file: string,
  data: unknown,
  ctx: LevelContext,
): { level: Level; problems: [] } | { level: null; problems: Problem[] } {
  const parsed = LevelSchema.safeParse(data);
  if (!parsed.success) return { level: null, problems: fromZod(file, data, parsed.error.issues) };
  const level = parsed.data as Level;
  const problems: Problem[] = [];
  const add = (path: Path, message: string) => problems.push({ file, pointer: pointer(path), message });

  if (ctx.expectedId && level.id !== ctx.expectedId)
    add(['id'], `id "${level.id}" differs from the file name; expected "${ctx.expectedId}"`);

  const dupes = (items: { id: string }[], path: Path, what: string) => {
    const seen = new Set<string>();
    items.forEach((it, i) => {
      if (seen.has(it.id))
        add([...path, i, 'id'], `duplicate ${what} id "${it.id}"; give each ${what} its own id`);
      seen.add(it.id);
    });
  };
  dupes(level.registrations, ['registrations'], 'registration');
  dupes(level.districts, ['districts'], 'district');
  dupes(level.venues, ['venues'], 'venue');
  dupes(level.options, ['options'], 'option');
  dupes(level.events, ['events'], 'event');
  dupes(level.goals, ['goals'], 'goal');
  dupes(level.documents, ['documents'], 'document');
  dupes(level.flags, ['flags'], 'flag');
  level.venues.forEach((v, i) => dupes(v.actions, ['venues', i, 'actions'], 'action'));
  level.events.forEach((e, i) => dupes(e.choices ?? [], ['events', i, 'choices'], 'choice'));

  const names = (xs: { id: string }[]) => xs.map((x) => x.id).join(', ') || '(none defined)';
  const docIds = new Set(level.documents.map((d) => d.id));
  const flagIds = new Set(level.flags.map((f) => f.id));
  const districtIds = new Set(level.districts.map((d) => d.id));

  const checkFacts = (facts: string[], path: Path) => {
    facts.forEach((f, i) => {
      if (!ctx.factIds.has(f))
        add([...path, i], `unknown fact "${f}"; expected an id from levels/facts.json`);
    });
    if (ctx.factPeriods) checkPeriods(facts, path, level.rulesAsOf, ctx.factPeriods, add);
  };
  const checkReq = (r: Requirement, path: Path): void => {
    switch (r.type) {
      case 'document':
        if (!docIds.has(r.id))
          add([...path, 'id'], `unknown document "${r.id}"; expected one of ${names(level.documents)}`);
        break;
      case 'flag':
        if (!flagIds.has(r.id))
          add([...path, 'id'], `unknown flag "${r.id}"; expected one of ${names(level.flags)}`);
        break;
      case 'month':
        if (r.atLeast > level.months)
          add([...path, 'atLeast'], `month ${r.atLeast} is after the level's last month (${level.months})`);
        break;
      case 'all':
        r.all.forEach((x, i) => checkReq(x, [...path, 'all', i]));
        break;
      case 'any':
        r.any.forEach((x, i) => checkReq(x, [...path, 'any', i]));
        break;
      case 'not':
        checkReq(r.not, [...path, 'not']);
        break;
    }
  };
  const checkEffects = (effects: Effect[], path: Path): void =>
    effects.forEach((e, i) => {
      const p = [...path, i];
      if (e.type === 'document' && !docIds.has(e.id))
        add([...p, 'id'], `unknown document "${e.id}"; expected one of ${names(level.documents)}`);
      if (e.type === 'flag' && !flagIds.has(e.id))
        add([...p, 'id'], `unknown flag "${e.id}"; expected one of ${names(level.flags)}`);
      if (e.type === 'take') {
        const o = level.options.find((x) => x.id === e.option);
        if (!o)
          add([...p, 'option'], `unknown option "${e.option}"; expected one of ${names(level.options)}`);
        else if (o.slot !== e.slot)
          add([...p, 'slot'], `option "${e.option}" is a ${o.slot}, not a ${e.slot}`);
      }
      if (e.type === 'if') {
        checkReq(e.if, [...p, 'if']);
        checkEffects(e.then, [...p, 'then']);
        checkEffects(e.else ?? [], [...p, 'else']);
      }
    });

  checkFacts(level.facts, ['facts']);
  checkFacts(level.reformMade.facts, ['reformMade', 'facts']);
  level.policies.forEach((id, i) => {
    if (!ctx.policyIds.has(id))
      add(['policies', i], `unknown policy "${id}"; expected a file levels/policies/${id}.json`);
  });
  if (!level.venues.some((v) => v.id === level.start.at))
    add(['start', 'at'], `unknown venue "${level.start.at}"; expected one of ${names(level.venues)}`);
  const startIds = (ids: string[] | undefined, known: Set<string>, path: Path, what: string) =>
    (ids ?? []).forEach((d, i) => {
      if (!known.has(d)) add([...path, i], `unknown ${what} "${d}"; declare it under /${what}s`);
    });
  startIds(level.start.documents, docIds, ['start', 'documents'], 'document');
  startIds(level.standIns?.documents, docIds, ['standIns', 'documents'], 'document');
  startIds(level.standIns?.flags, flagIds, ['standIns', 'flags'], 'flag');
  startIds(level.start.flags, flagIds, ['start', 'flags'], 'flag');
  level.registrations.forEach((r, i) => {
    startIds(r.start.documents, docIds, ['registrations', i, 'start', 'documents'], 'document');
    startIds(r.start.flags, flagIds, ['registrations', i, 'start', 'flags'], 'flag');
  });

  level.districts.forEach((d, i) => {
    if (d.x + d.w > level.city.width || d.y + d.h > level.city.height)
      add(
        ['districts', i],
        `district "${d.id}" reaches outside the ${level.city.width}×${level.city.height} map`,
      );
  });
  const doors = new Map<string, string>();
  level.venues.forEach((v, vi) => {
    const vp: Path = ['venues', vi];
    if (!districtIds.has(v.district))
      add([...vp, 'district'], `unknown district "${v.district}"; expected one of ${names(level.districts)}`);
    if (v.x >= level.city.width || v.y >= level.city.height)
      add([...vp, 'x'], `venue "${v.id}" stands outside the ${level.city.width}×${level.city.height} map`);
    const door = `${v.x},${v.y}`;
    if (doors.has(door))
      add([...vp, 'x'], `venue "${v.id}" stands on the same tile as "${doors.get(door)}"; move one of them`);
    doors.set(door, v.id);
    v.actions.forEach((a, ai) => {
      const ap: Path = [...vp, 'actions', ai];
      checkFacts(a.facts, [...ap, 'facts']);
      if (a.requires) checkReq(a.requires, [...ap, 'requires']);
      checkEffects(a.effects, [...ap, 'effects']);
      if (a.days > level.daysPerMonth)
        add([...ap, 'days'], `takes ${a.days} days but a month has ${level.daysPerMonth}`);
      (a.alternatives ?? []).forEach((alt, i) => {
        const av = level.venues.find((x) => x.id === alt.venue);
        if (!av)
          add(
            [...ap, 'alternatives', i, 'venue'],
            `unknown venue "${alt.venue}"; expected one of ${names(level.venues)}`,
          );
        else if (!av.actions.some((x) => x.id === alt.action))
          add(
            [...ap, 'alternatives', i, 'action'],
            `venue "${alt.venue}" has no action "${alt.action}"; expected one of ${names(av.actions)}`,
          );
      });
    });
  });

  level.events.forEach((e, ei) => {
    const ep: Path = ['events', ei];
    checkFacts(e.facts, [...ep, 'facts']);
    checkEffects(e.effects, [...ep, 'effects']);
    if (e.fromMonth !== undefined && e.fromMonth > level.months)
      add([...ep, 'fromMonth'], `month ${e.fromMonth} is after the level's last month (${level.months})`);
    if (e.requires) checkReq(e.requires, [...ep, 'requires']);
    (e.choices ?? []).forEach((c, ci) => {
      if (c.requires) checkReq(c.requires, [...ep, 'choices', ci, 'requires']);
      checkEffects(c.effects, [...ep, 'choices', ci, 'effects']);
    });
    // Words budget: a card (title, text and choices) is read in one look.
    const cardText = (lang: 'en' | 'zh-Hans') =>
      [e.title[lang], e.text[lang], ...(e.choices ?? []).map((c) => c.label[lang])].join(' ');
    const words = cardText('en')
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    if (words > CARD_WORDS)
      add(
        [...ep, 'text'],
        `event card has ${words} English words with its title and choices; keep it to ${CARD_WORDS}`,
      );
    const han = (cardText('zh-Hans').match(/\p{Script=Han}/gu) ?? []).length;
    if (han > CARD_HAN)
      add(
        [...ep, 'text'],
        `event card has ${han} Chinese characters with its title and choices; keep it to ${CARD_HAN}`,
      );
    if (e.choices && e.choices.length > 0 && e.choices.every((c) => c.requires))
      add(
        [...ep, 'choices'],
        'every choice has a requirement; give at least one choice none, so that nobody is stuck',
      );
  });
  checkEffects(level.monthly, ['monthly']);
  if (level.events.every((e) => e.weight <= 0))
    add(['events'], 'every event has weight 0; give at least one a weight above 0');

  checkStory(level, add, checkFacts, checkReq);

  level.goals.forEach((g, gi) => {
    checkReq(g.requires, ['goals', gi, 'requires']);
    const why = unreachable(level, g.requires);
    if (why) add(['goals', gi, 'requires'], `goal "${g.id}" can never be met: ${why}`);
  });
  if (!level.goals.some((g) => g.top)) add(['goals'], 'no goal is marked "top": true; mark the hardest one');

  if (problems.length === 0) {
    level.registrations.forEach((r, i) => {
      const s = newRun(level, 1, r.id, null)!;
      if (level.goals.every((g) => meets(g.requires, s)))
        add(
          ['registrations', i],
          `registration "${r.id}" meets every goal at the start; the run would end at once`,
        );
    });
  }
  return problems.length === 0 ? { level, problems: [] } : { level: null, problems };
}

/** The years a fact holds, as text: "from 2011 to 2024", "in 2018" or "since 2026". */
export const periodText = (p: FactPeriod) =>
  p.until === undefined
    ? `since ${p.from}`
    : p.from === p.until
      ? `in ${p.from}`
      : `from ${p.from} to ${p.until}`;

export const holdsIn = (p: FactPeriod, year: number) =>
  p.from <= year && (p.until === undefined || year <= p.until);

/** A fact whose period leaves out the level's year may be cited only beside the fact that
 *  replaced it (directly or through later replacements), which must hold in that year: the old
 *  rule is then shown as the history of today's, never as today's rule. */
function checkPeriods(
  facts: string[],
  path: Path,
  year: number,
  periods: ReadonlyMap<string, FactPeriod>,
  add: (path: Path, message: string) => void,
): void {
  facts.forEach((f, i) => {
    const p = periods.get(f);
    if (!p || holdsIn(p, year)) return;
    const successors = new Set<string>();
    for (let next = p.supersededBy; next && !successors.has(next); next = periods.get(next)?.supersededBy)
      successors.add(next);
    const current = facts.find((g) => successors.has(g) && holdsIn(periods.get(g)!, year));
    if (!current)
      add(
        [...path, i],
        `fact "${f}" holds ${periodText(p)}, not under the level's rules of ${year}; cite a fact that holds in ${year}` +
          (p.supersededBy ? `, or cite "${f}" only beside "${p.supersededBy}", which replaced it` : ''),
      );
  });
}

/** Why a requirement can never hold in this level (a static look at what any intent can give), or null. */
function unreachable(level: Level, req: Requirement): string | null {
  const effects: Effect[] = [];
  const collect = (es: Effect[]) =>
    es.forEach((e) => {
      effects.push(e);
      if (e.type === 'if') {
        collect(e.then);
        collect(e.else ?? []);
      }
    });
  level.venues.forEach((v) => v.actions.forEach((a) => collect(a.effects)));
  level.events.forEach((e) => {
    collect(e.effects);
    (e.choices ?? []).forEach((c) => collect(c.effects));
  });
  collect(level.monthly);
  const starts = [level.start, ...level.registrations.map((r) => r.start)];
  switch (req.type) {
    case 'document':
      return starts.some((s) => s.documents?.includes(req.id)) ||
        effects.some((e) => e.type === 'document' && e.id === req.id && e.gain)
        ? null
        : `nothing gives the document "${req.id}"`;
    case 'flag':
      return starts.some((s) => s.flags?.includes(req.id)) ||
        effects.some((e) => e.type === 'flag' && e.id === req.id && e.set)
        ? null
        : `nothing sets the flag "${req.id}"`;
    case 'stat': {
      const gains =
        effects.some((e) => e.type === 'stat' && e.stat === req.stat && e.add > 0) ||
        (req.stat === 'insuranceMonths' && level.options.some((o) => o.insured)) ||
        (req.stat === 'residenceMonths' && level.options.some((o) => o.slot === 'housing')) ||
        (req.stat === 'money' && level.options.some((o) => o.monthly > 0)) ||
        level.options.some((o) => (o[req.stat as 'health' | 'family' | 'points'] ?? 0) > 0);
      const startMax = Math.max(...starts.map((s) => s.stats?.[req.stat] ?? Number.NEGATIVE_INFINITY));
      return gains || startMax >= req.atLeast ? null : `nothing raises ${req.stat} to ${req.atLeast}`;
    }
    case 'month':
      return req.atLeast <= level.months ? null : `the level has only ${level.months} months`;
    case 'all':
      return req.all.map((r) => unreachable(level, r)).find((x) => x !== null) ?? null;
    case 'any': {
      const whys = req.any.map((r) => unreachable(level, r));
      return whys.every((w) => w !== null) ? whys.join('; and ') : null;
    }
    default:
      return null;
  }
}
