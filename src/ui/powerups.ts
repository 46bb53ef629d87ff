// The birthplace power-ups, derived from the level: the documents each registration starts
// with, and the actions whose requirements name a registration, judged for this one.
import type { Level, LevelRegistration, Registration, Requirement } from '../rules/types';
import { requirementMentionsRegistration } from '../rules/walls';

export interface PowerUp {
  kind: 'document' | 'action';
  id: string;
  venue?: string;
  /** open: yours by birth; extra: other papers could open it; closed: shut to you. */
  state: 'have' | 'lack' | 'open' | 'extra' | 'closed';
}

/** Evaluates with every non-registration condition fixed to `others`. */
function byBirth(req: Requirement, reg: Registration, others: boolean): boolean {
  switch (req.type) {
    case 'registration':
      return (
        (req.kind === undefined || req.kind === reg.kind) &&
        (req.place === undefined || req.place === reg.place)
      );
    case 'all':
      return req.all.every((r) => byBirth(r, reg, others));
    case 'any':
      return req.any.some((r) => byBirth(r, reg, others));
    case 'not':
      return !byBirth(req.not, reg, !others);
    default:
      return others;
  }
}

/** The art icon for a document power-up, told from its id (documents carry no icon of their own). */
export function documentIcon(id: string): string {
  const known: [RegExp, string][] = [
    [/medical|insurance/, id.includes('resident') ? 'icon-rural-insurance' : 'icon-medical-insurance'],
    [/pension/, 'icon-pension'],
    [/land|farm/, 'icon-land-contract'],
    [/homestead|house-plot/, 'icon-homestead'],
    [/permit|residence-card/, 'icon-permit'],
    [/lease/, 'icon-lease'],
    [/contract|job-proof/, 'icon-contract'],
    [/school/, 'icon-school-place'],
    [/flat|home|property/, 'icon-home-purchase'],
  ];
  return known.find(([re]) => re.test(id))?.[1] ?? 'icon-booklet';
}

export function powerUps(level: Level, reg: LevelRegistration): PowerUp[] {
  const docs = [...new Set(level.registrations.flatMap((r) => r.start.documents ?? []))];
  const out: PowerUp[] = docs.map((id) => ({
    kind: 'document',
    id,
    state: (reg.start.documents ?? []).includes(id) ? 'have' : 'lack',
  }));
  for (const v of level.venues) {
    for (const a of v.actions) {
      if (!a.requires || !requirementMentionsRegistration(a.requires)) continue;
      const req = a.requires!;
      const state = byBirth(req, reg, false) ? 'open' : byBirth(req, reg, true) ? 'extra' : 'closed';
      out.push({ kind: 'action', id: a.id, venue: v.id, state });
    }
  }
  return out;
}
