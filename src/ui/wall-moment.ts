// A wall as a moment: one human sentence (a family member's, with their face, where the level has
// one), then what it takes as a checklist a student can scan — papers as stamps ✓/✗, points,
// insurance and months as bars — then the ways still open, then "Why?" folded until asked.
// It reads the requirement and the player's state; it never prints the rules' own words.

import { reactionTo } from '../content/story';
import { money, t } from '../i18n';
import type { Ctx } from '../platform/context';
import { reduced } from '../platform/context';
import { meets } from '../rules';
import type { Level, Requirement, RunState, StatName } from '../rules/types';
import { alternativeButtons } from './alternatives';
import { actionName, describeRequirement, docName, flagName, regHave } from './describe';
import { el, iconButton } from './dom';
import { factCard } from './fact-card';
import { portrait, spoken } from './family';
import { openGlossary } from './glossary';
import { icon } from './icons';
import { applyArt } from './lottery';
import type { Blocked, WallHooks } from './wall-types';
import './wall-moment.css';

const MONTHS: readonly StatName[] = ['insuranceMonths', 'residenceMonths'];

function stamp(ok: boolean): HTMLElement {
  return el(
    'span',
    { className: `stamp ${ok ? 'stamp-ok' : 'stamp-no'}` },
    icon(ok ? 'check' : 'cross'),
    el('span', { className: 'sr-only' }, ok ? t('moment.have') : t('moment.missing')),
  );
}

function bar(have: number, need: number, label: string, words: string, ok: boolean): HTMLElement {
  const pct = Math.max(0, Math.min(100, need > 0 ? (have / need) * 100 : 100));
  // Through the CSSOM: the page's content security policy refuses style attributes.
  const fill = el('span', { className: 'meter-fill' });
  fill.style.width = `${pct.toFixed(1)}%`;
  return el(
    'li',
    { className: `check check-bar ${ok ? 'is-ok' : 'is-no'}` },
    stamp(ok),
    el(
      'div',
      { className: 'check-body' },
      el('span', { className: 'check-label' }, label),
      el(
        'span',
        {
          className: 'meter',
          role: 'meter',
          attrs: {
            'aria-valuemin': '0',
            'aria-valuemax': String(need),
            'aria-valuenow': String(Math.max(0, Math.min(have, need))),
            'aria-label': `${label}: ${words}`,
          },
        },
        fill,
      ),
      el('span', { className: 'check-words' }, words),
    ),
  );
}

function line(ok: boolean, label: string, note?: string): HTMLElement {
  return el(
    'li',
    { className: `check ${ok ? 'is-ok' : 'is-no'}` },
    stamp(ok),
    el(
      'div',
      { className: 'check-body' },
      el('span', { className: 'check-label' }, label),
      note ? el('span', { className: 'check-words' }, note) : null,
    ),
  );
}

function hukouLabel(r: Extract<Requirement, { type: 'registration' }>): string {
  if (r.kind && r.place === 'local') return t(`moment.hukou.${r.kind}Local`);
  if (r.kind) return t(`moment.hukou.${r.kind}`);
  return t(`moment.hukou.${r.place ?? 'local'}`);
}

/** The checklist items of a requirement (an "all" flattens into its parts). */
function items(level: Level, r: Requirement, s: RunState): HTMLElement[] {
  const ok = meets(r, s);
  switch (r.type) {
    case 'all':
      return r.all.flatMap((x) => items(level, x, s));
    case 'any':
      return [
        el(
          'li',
          { className: 'check-any' },
          el('p', { className: 'check-any-head' }, t('moment.oneWay')),
          el(
            'ol',
            { className: 'check-ways' },
            ...r.any.map((x, i) =>
              el(
                'li',
                { className: 'check-way' },
                i > 0 ? el('p', { className: 'check-or' }, t('moment.or')) : null,
                el('ul', { className: 'checklist' }, ...items(level, x, s)),
              ),
            ),
          ),
        ),
      ];
    case 'document':
      return [line(ok, docName(level, r.id))];
    case 'flag':
      return [line(ok, flagName(level, r.id))];
    case 'registration':
      return [line(ok, hukouLabel(r), ok ? undefined : t('moment.yours', { reg: regHave(s.registration) }))];
    case 'stat': {
      const have = s.stats[r.stat];
      const words =
        r.stat === 'money'
          ? t('moment.of', { have: money(have), need: money(r.atLeast) })
          : MONTHS.includes(r.stat)
            ? t('moment.ofMonths', { have, need: r.atLeast })
            : t('moment.of', { have, need: r.atLeast });
      return [bar(have, r.atLeast, t(`moment.stat.${r.stat}`), words, ok)];
    }
    case 'month':
      return [bar(s.month, r.atLeast, t('moment.month', { have: s.month, need: r.atLeast }), '', ok)];
    case 'not':
      return [line(ok, t('moment.not', { what: describeRequirement(level, r.not) }))];
  }
}

/** What the walled action or event choice asks for: the checklist is drawn from it. */
function requirementOf(level: Level, b: Blocked): Requirement | undefined {
  if (b.source === 'venue')
    return level.venues.find((v) => v.id === b.venue)?.actions.find((a) => a.id === b.action)?.requires;
  return level.events.find((e) => e.id === b.venue)?.choices?.find((c) => c.id === b.action)?.requires;
}

/** The body for a wall: in its own panel at a venue, or inline under a month-end event's choices. */
export function wallMomentBody(
  ctx: Ctx,
  level: Level,
  b: Blocked,
  state: RunState,
  hooks: WallHooks | null,
  close: () => void,
  /** False under an event card whose own "Why?" already gives these facts: one "Why?" is enough. */
  withWhy = true,
): Node[] {
  const requires = requirementOf(level, b);
  const reaction = reactionTo(level, [b]);
  const sentence = el(
    'div',
    { className: 'wall-sentence' },
    reaction ? portrait(reaction.member, reaction.reaction.face, 64) : null,
    el(
      'p',
      { tabIndex: -1, attrs: { 'data-autofocus': '' } },
      reaction
        ? spoken(reaction.member, reaction.reaction.line)
        : t('moment.sentence', { action: actionName(level, b.venue, b.action) }),
    ),
  );
  const checklist = requires
    ? el(
        'section',
        { className: 'wall-checklist', attrs: { 'aria-labelledby': 'wall-checklist-h' } },
        el('h3', { id: 'wall-checklist-h' }, t('moment.checklist')),
        el('p', { className: 'muted check-legend' }, t('moment.legend')),
        el('ul', { className: 'checklist' }, ...items(level, requires, state)),
      )
    : null;
  // An event's choice has no other door to send the player to: the other choices are the way on.
  const alts =
    b.source === 'venue'
      ? el(
          'section',
          { className: 'alts' },
          el('h3', {}, t('wall.alternatives')),
          b.alternatives.length === 0
            ? el('p', { className: 'muted' }, t('wall.noAlternatives'))
            : alternativeButtons(level, state, b.alternatives, hooks, close),
        )
      : null;
  // The fact card is itself folded behind "Why?" (ui/fact-card.ts): collapsed until asked.
  const why = withWhy ? factCard(ctx.content, b.facts) : null;
  const nodes: (HTMLElement | null)[] = [
    el('div', {
      className: `wall-graphic${reduced(ctx) ? '' : ' wall-rise'}`,
      attrs: { 'aria-hidden': 'true' },
    }),
    sentence,
    checklist,
    alts,
    why,
    withWhy ? iconButton('book', t('wall.glossary'), () => openGlossary(), 'btn btn-link') : null,
  ];
  void applyArt(sentence);
  return nodes.filter((x): x is HTMLElement => x !== null);
}
