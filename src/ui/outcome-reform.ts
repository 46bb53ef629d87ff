// The reform lens, to play with: each reform's rules as sentences (switch single ones off), a
// guess first, then both lives again: the walls that fell by name, the gap closed as a number,
// the two money lines. Two reforms side by side. The report has each whole reform; a reform with
// rules switched off is computed when the player asks for it (rules/report.ts reformLens).
import { loc, money, t } from '../i18n';
import { type Gap, type Policy, type ReformLens, type RunReport, reformLens } from '../rules';
import type { Level, RunState } from '../rules/types';
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

function ruleSentences(level: Level, p: Policy): string[] {
  const out = p.rewrites.map((w) =>
    t('outcome.rule.rewrite', {
      from: describeRequirement(level, w.match as Parameters<typeof describeRequirement>[1]),
      to:
        w.replace.type === 'stat' &&
        w.replace.stat !== 'money' &&
        w.replace.stat !== 'health' &&
        w.replace.stat !== 'family'
          ? t(`outcome.rule.stat.${w.replace.stat}`, { need: w.replace.atLeast })
          : describeRequirement(level, w.replace),
    }),
  );
  if (p.portableInsurance) out.push(t('outcome.rule.portable'));
  return out;
}

/** The policy with only the chosen rules on (index = rewrite; the last = portable insurance). */
function withRules(p: Policy, on: boolean[]): Policy {
  const rewrites = p.rewrites.filter((_, i) => on[i] !== false);
  const portable = p.portableInsurance === true && on[p.rewrites.length] !== false;
  const all = rewrites.length === p.rewrites.length && portable === (p.portableInsurance === true);
  return all
    ? p
    : { ...p, id: `${p.id}~${on.map((x) => (x ? 1 : 0)).join('')}`, rewrites, portableInsurance: portable };
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
    guessed = null;
    draw();
  });

  function guess(shrinks: boolean) {
    guessed = shrinks;
    draw();
  }

  function lens(): ReformLens {
    const p = withRules(policies[chosen]!, on);
    let l = lenses.get(p.id);
    if (!l) {
      l = reformLens(level, state, runPolicy, p, report.gap);
      lenses.set(p.id, l);
    }
    return l;
  }

  function draw() {
    const p = policies[chosen]!;
    const rules = ruleSentences(level, p);
    if (on.length !== rules.length) on = rules.map(() => true);
    const ruleList = rules.length
      ? el(
          'ul',
          { className: 'plain lens-rules' },
          ...rules.map((text, i) => {
            const box = el('input', { type: 'checkbox', id: `lens-${side}-rule-${i}` }) as HTMLInputElement;
            box.checked = on[i] !== false;
            box.addEventListener('change', () => {
              on[i] = box.checked;
              draw();
            });
            return el(
              'li',
              {},
              el('label', { className: 'check', attrs: { for: box.id } }, box, el('span', {}, text)),
            );
          }),
        )
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
