// The reform lens, to play with: each reform's rules as sentences (switch single ones off, and
// change the number a rule asks for: "[6] months of living in the city"), a guess first, then both lives again: the walls that fell by name, the gap closed as a number,
// the two money lines. Two reforms side by side. The report has each whole reform; a reform with
// rules switched off is computed when the player asks for it (rules/report.ts reformLens).
import { loc, money, t } from '../i18n';
import {
  type Gap,
  type Policy,
  type ReformLens,
  type RunReport,
  reformLens,
  type TunableStat,
  tunableRule,
  tunePolicy,
} from '../rules';
import type { Level, PolicyRewrite, RunState } from '../rules/types';
import { actionName, describeRequirement, wallPlace } from './describe';
import { button, el } from './dom';
import { moneyChart } from './outcome-timeline';

export interface LensInput {
  level: Level;
  state: RunState;
  runPolicy: Policy | null;
  policies: Policy[];
  report: RunReport;
}

/** The numbers offered for a rule: a few steps around what the reform itself asks. */
function needChoices(stat: TunableStat, need: number): number[] {
  const steps = stat === 'points' ? [need / 2, need, need * 2].map(Math.round) : [0, 3, 6, 12, 24, need];
  return [...new Set(steps)].filter((n) => n >= 0).sort((a, b) => a - b);
}

/** A rule as a sentence; a tunable number is left as `slot` so that a picker can stand in it. */
function ruleSentence(level: Level, w: PolicyRewrite, slot: string): string {
  const tune = tunableRule(w);
  return t('outcome.rule.rewrite', {
    from: describeRequirement(level, w.match as Parameters<typeof describeRequirement>[1]),
    to: tune ? t(`outcome.rule.stat.${tune.stat}`, { need: slot }) : describeRequirement(level, w.replace),
  });
}

function gapLine(before: Gap, after: Gap): string {
  const b = Math.abs(before.money);
  const a = Math.abs(after.money);
  const vals = { before: money(b), after: money(a), closed: money(Math.abs(b - a)) };
  return a < b
    ? t('outcome.gapClosed', vals)
    : a > b
      ? t('outcome.gapWider', vals)
      : t('outcome.gapSame', vals);
}

function column(input: LensInput, side: number, initial: number): HTMLElement {
  const { level, state, runPolicy, policies, report } = input;
  const col = el('div', { className: 'lens-col', attrs: { 'data-side': String(side) } });
  const lenses = new Map<string, ReformLens>(report.reforms.map((r) => [r.policyId, r]));
  let chosen = initial;
  let on: boolean[] = [];
  let needs: (number | undefined)[] = [];
  let guessed: boolean | null = null;

  const select = el('select', { id: `lens-${side}` }) as HTMLSelectElement;
  policies.forEach((p, i) => {
    const o = el('option', { attrs: { value: String(i) } }, loc(p.name));
    if (i === chosen) o.setAttribute('selected', '');
    select.append(o);
  });
  select.addEventListener('change', () => {
    chosen = Number(select.value);
    on = [];
    needs = [];
    guessed = null;
    draw();
  });

  function guess(shrinks: boolean) {
    guessed = shrinks;
    draw();
  }

  function lens(): ReformLens {
    const p = tunePolicy(policies[chosen]!, { on, needs });
    let l = lenses.get(p.id);
    if (!l) {
      l = reformLens(level, state, runPolicy, p, report.gap);
      lenses.set(p.id, l);
    }
    return l;
  }

  function draw() {
    const p = policies[chosen]!;
    const count = p.rewrites.length + (p.portableInsurance ? 1 : 0);
    if (on.length !== count) on = Array.from({ length: count }, () => true);
    // The checkbox's label is the sentence up to the number; the number's picker is not inside
    // the label (one control per label), so the sentence reads on around it.
    const ruleItem = (i: number, label: string, rest: (HTMLElement | string)[] = []) => {
      const box = el('input', { type: 'checkbox', id: `lens-${side}-rule-${i}` }) as HTMLInputElement;
      box.checked = on[i] !== false;
      box.addEventListener('change', () => {
        on[i] = box.checked;
        draw();
      });
      return el(
        'li',
        { className: 'check' },
        box,
        el('span', {}, el('label', { attrs: { for: box.id } }, label), ...rest),
      );
    };
    const items = p.rewrites.map((w, i) => {
      const tune = tunableRule(w);
      if (!tune) return ruleItem(i, ruleSentence(level, w, ''));
      // The number stands in the sentence as a picker: split the sentence around a marker.
      const [before = '', after = ''] = ruleSentence(level, w, '\u0000').split('\u0000');
      const pick = el('select', {
        className: 'lens-need',
        id: `lens-${side}-need-${i}`,
        attrs: { 'aria-label': t('outcome.rule.needLabel') },
      }) as HTMLSelectElement;
      for (const n of needChoices(tune.stat, tune.need)) {
        const o = el('option', { attrs: { value: String(n) } }, String(n));
        if (n === (needs[i] ?? tune.need)) o.setAttribute('selected', '');
        pick.append(o);
      }
      pick.disabled = on[i] === false;
      pick.addEventListener('change', () => {
        needs[i] = Number(pick.value);
        draw();
        document.getElementById(pick.id)?.focus();
      });
      return ruleItem(i, before, [pick, after]);
    });
    if (p.portableInsurance) items.push(ruleItem(p.rewrites.length, t('outcome.rule.portable')));
    const ruleList = items.length
      ? el('ul', { className: 'plain lens-rules' }, ...items)
      : el('p', { className: 'muted' }, t('outcome.rule.none'));
    const body: (HTMLElement | SVGElement)[] = [];
    if (guessed === null && report.gap) {
      body.push(
        el('p', { className: 'lens-predict' }, t('outcome.predict')),
        el(
          'div',
          { className: 'row' },
          button(t('outcome.predictYes'), () => guess(true), 'btn'),
          button(t('outcome.predictNo'), () => guess(false), 'btn'),
        ),
      );
    } else {
      const l = lens();
      const shrank = l.closed !== null && (l.closed.money > 0 || l.closed.goals > 0);
      if (guessed !== null)
        body.push(
          el(
            'p',
            { className: 'lens-guess' },
            t(guessed === shrank ? 'outcome.predictRight' : 'outcome.predictWrong'),
          ),
        );
      body.push(
        el(
          'p',
          { className: 'lens-fell' },
          l.wallsFell.length
            ? t('outcome.fell', {
                walls: l.wallsFell
                  .map((k) => {
                    const [v = '', a = ''] = k.split('/');
                    return `“${actionName(level, v, a)}” (${wallPlace(level, v)})`;
                  })
                  .join(t('unmet.and')),
              })
            : t('outcome.fellNone'),
        ),
      );
      if (report.gap && l.gap) body.push(el('p', { className: 'lens-gap' }, gapLine(report.gap, l.gap)));
      body.push(
        el(
          'p',
          {},
          t('outcome.goalsUnder', {
            you: l.you.outcome.goals.filter((g) => g.met).length,
            twin: l.twin?.outcome.goals.filter((g) => g.met).length ?? 0,
            total: level.goals.length,
          }),
        ),
        moneyChart(level, report, { you: l.you, twin: l.twin }),
      );
    }
    col.replaceChildren(
      el(
        'label',
        { className: 'lens-pick', attrs: { for: select.id } },
        t(side === 0 ? 'outcome.lensA' : 'outcome.lensB'),
      ),
      select,
      el('p', { className: 'muted' }, loc(p.summary)),
      el('h3', {}, t('outcome.rulesHead')),
      ruleList,
      ...body,
    );
  }
  draw();
  return col;
}

export function reformSection(input: LensInput): HTMLElement | null {
  if (input.policies.length === 0) return null;
  const firstReform = Math.max(
    0,
    input.policies.findIndex((p) => p.rewrites.length > 0 || p.portableInsurance),
  );
  const second = input.policies.findIndex(
    (p, i) => i !== firstReform && (p.rewrites.length > 0 || p.portableInsurance),
  );
  return el(
    'section',
    { className: 'card reform', id: 'reform' },
    el('h2', {}, t('outcome.reform')),
    el('p', {}, t('outcome.reformIntro')),
    el(
      'div',
      { className: 'lens-grid' },
      column(input, 0, firstReform),
      column(input, 1, second >= 0 ? second : firstReform),
    ),
  );
}
