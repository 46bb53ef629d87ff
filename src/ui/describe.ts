// Puts rules data into words: an unmet condition with have/need, a requirement, a stat change's cause.
import { loc, money, t } from '../i18n';
import type { Level, Registration, Requirement, StatName, Unmet } from '../rules/types';

export function docName(level: Level, id: string): string {
  return loc(level.documents.find((d) => d.id === id)?.name) || id;
}

export function flagName(level: Level, id: string): string {
  return loc(level.flags.find((f) => f.id === id)?.name) || id;
}

export function statValue(stat: StatName, n: number): string {
  return stat === 'money' ? money(n) : String(n);
}

export function regHave(r: Registration): string {
  return t('reg.have', { kind: t(`reg.kind.${r.kind}`), place: t(`reg.place.${r.place}`) });
}

export function regNeed(need: { kind?: string; place?: string }): string {
  if (need.kind && need.place === 'local') return t('reg.needBoth', { kind: t(`reg.kind.${need.kind}`) });
  if (need.kind) return t('reg.needKind', { kind: t(`reg.kind.${need.kind}`) });
  return need.place === 'elsewhere' ? t('reg.needPlaceElsewhere') : t('reg.needPlace');
}

/** One unmet condition in words, e.g. "Social insurance: 14 of 24 months". */
export function describeUnmet(level: Level, u: Unmet): string {
  switch (u.type) {
    case 'stat':
      return t(`unmet.stat.${u.stat}`, { have: statValue(u.stat, u.have), need: statValue(u.stat, u.need) });
    case 'document':
      return t('unmet.document', { name: docName(level, u.id) });
    case 'registration':
      return t('unmet.registration', { have: regHave(u.have), need: regNeed(u.need) });
    case 'month':
      return t('unmet.month', { have: u.have, need: u.need });
    case 'flag':
      return t('unmet.flag', { name: flagName(level, u.id) });
    case 'not':
      return t('unmet.not', { what: describeRequirement(level, u.requirement) });
    case 'any':
      return t('unmet.any', {
        options: u.options
          .map((o) => o.map((x) => describeUnmet(level, x)).join(t('unmet.and')))
          .join(t('unmet.or')),
      });
  }
}

/** A requirement as a short phrase, for "not" conditions and the birthplace cards. */
export function describeRequirement(level: Level, r: Requirement): string {
  switch (r.type) {
    case 'registration':
      return regNeed(r);
    case 'document':
      return t('req.document', { name: docName(level, r.id) });
    case 'stat':
      return t('req.stat', { stat: t(`stat.${r.stat}`), need: statValue(r.stat, r.atLeast) });
    case 'month':
      return t('req.month', { need: r.atLeast });
    case 'flag':
      return t('req.flag', { name: flagName(level, r.id) });
    case 'all':
      return r.all.map((x) => describeRequirement(level, x)).join(t('req.and'));
    case 'any':
      return r.any.map((x) => describeRequirement(level, x)).join(t('req.or'));
    case 'not':
      return t('unmet.not', { what: describeRequirement(level, r.not) });
  }
}

/** What a stat change at month end came from: "Rent: Shared room", "Living costs", … */
export function describeCause(level: Level, cause: string): string {
  const [kind, rest = ''] = cause.split(':');
  switch (kind) {
    case 'job':
    case 'housing':
    case 'school':
      return t(`cause.${kind}`, { name: loc(level.options.find((o) => o.id === rest)?.name) || rest });
    case 'event':
      return t('cause.event', { name: loc(level.events.find((e) => e.id === rest)?.title) || rest });
    case 'choice': {
      const [ev, ch] = rest.split('/');
      const card = level.events.find((e) => e.id === ev);
      return t('cause.choice', { name: loc(card?.choices?.find((c) => c.id === ch)?.label) || rest });
    }
    case 'action': {
      const a = level.venues.flatMap((v) => v.actions).find((x) => x.id === rest);
      return t('cause.action', { name: loc(a?.name) || rest });
    }
    case 'insurance':
    case 'living':
    case 'monthly':
    case 'residence':
      return t(`cause.${kind}`);
    default:
      return cause;
  }
}

export function venueName(level: Level, id: string): string {
  return loc(level.venues.find((v) => v.id === id)?.name) || id;
}

export function actionName(level: Level, venue: string, action: string): string {
  const v = level.venues.find((x) => x.id === venue);
  if (v) return loc(v.actions.find((a) => a.id === action)?.name) || action;
  const card = level.events.find((e) => e.id === venue);
  return loc(card?.choices?.find((c) => c.id === action)?.label) || action;
}

/** Where a wall stood, for journal lines: a venue's name, or the event's title. */
export function wallPlace(level: Level, venue: string): string {
  return (
    loc(level.venues.find((v) => v.id === venue)?.name) ||
    loc(level.events.find((e) => e.id === venue)?.title) ||
    venue
  );
}
