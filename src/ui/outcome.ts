// The outcome: why the run ended and the goals; then, from the run's one report (computed once,
// platform/run-report.ts), the difference from your twin in a few sentences, the two lives month by
// month, where your money came from, the walls apart from the other refusals, and the reform lens.
import type { Content } from '../content/load';
import { loc, t } from '../i18n';
import { nextTask } from '../platform/next-task';
import type { RunReport } from '../rules';
import type { Level, Policy, RunState } from '../rules/types';
import { el, iconButton, mark, slot } from './dom';
import { reformSection } from './outcome-reform';
import { attributionList, compareTable, leadSentences, wallsAndRefusals } from './outcome-story';
import { timelineSection } from './outcome-timeline';
import { reformMade, rulesAsOf } from './rules-year';

export interface OutcomeHooks {
  playAgain(): void;
  otherRegistration(registrationId: string): void;
  next: (() => void) | null;
  /** Opens the share panel for this finished run (the app wires it to share/ui). */
  share(): void;
  title(): void;
}

/** Places the outcome leaves empty for features to fill, so none edits this screen by selector. */
export interface OutcomeSlots {
  /** Under the heading: the classroom's "next level" bar. */
  belowHeading: HTMLElement;
  /** Before the buttons: the result code a student hands in (share/ui/result-block). */
  resultCode: HTMLElement;
  /** Runs `fill` in a task of its own after the sections (and earlier fills), before the screen
   * stops being busy; not at all if the screen is drawn again or left meanwhile. For what sits
   * below the sections (the result code, the epilogue): made with the screen, they lengthened
   * its first task. */
  later(fill: () => void): void;
}

export function renderOutcome(
  root: HTMLElement,
  content: Content,
  level: Level,
  policy: Policy | null,
  state: RunState,
  report: RunReport,
  hooks: OutcomeHooks,
): OutcomeSlots {
  const fills: (() => void)[] = [];
  const slots: OutcomeSlots = {
    belowHeading: slot('outcome-below-heading'),
    resultCode: slot('outcome-result-code'),
    later: (fill) => void fills.push(fill),
  };
  const myReg = level.registrations.find((r) => r.id === state.registrationId)!;
  const twinReg = level.registrations.find((r) => r.id === report.twin?.registrationId) ?? null;
  const goalName = (id: string) => loc(level.goals.find((g) => g.id === id)?.name);
  const policies = level.policies
    .map((id) => content.policies.get(id))
    .filter((p): p is Policy => p !== undefined);

  const nextIdx = content.order.indexOf(level.id) + 1;

  // The heading, why the run ended and the comparison in short come at once; the rest (the two
  // lives month by month, the money, the goals, the table, the reform lens) a section per task
  // after it, in their places: built in one go, they were one long task after the last click.
  // The screen is aria-busy until every part is in.
  const parts: { at: HTMLElement; build: () => (Node | null)[] }[] = [];
  let timeline: ReturnType<typeof timelineSection> = null;
  const part = (build: () => (Node | null)[]) => {
    const at = el('div', { className: 'outcome-part' });
    parts.push({ at, build });
    return at;
  };
  root.replaceChildren(
    el(
      'div',
      { className: 'screen screen-outcome' },
      el('h1', {}, t('outcome.heading', { title: loc(level.title) })),
      slots.belowHeading,
      el('p', { className: 'lead' }, t(`outcome.reason.${report.you.outcome.ended ?? 'months'}`)),
      el('p', {}, rulesAsOf(level)),
      twinReg
        ? el(
            'section',
            { className: 'card twin in-short', id: 'twin' },
            el('h2', {}, t('outcome.inShort')),
            el('p', { className: 'muted' }, t('outcome.twinIntro', { reg: loc(twinReg.name) })),
            el(
              'ul',
              { className: 'lead-sentences' },
              ...leadSentences(level, report).map((line) => el('li', {}, line)),
            ),
          )
        : null,
      part(() => {
        timeline = timelineSection(level, report);
        return [timeline?.section ?? null];
      }),
      part(() => {
        timeline?.rest();
        return [];
      }),
      part(() => [
        el(
          'section',
          { className: 'card split' },
          el('h2', {}, t('outcome.split')),
          ...attributionList(level, report),
        ),
        el(
          'section',
          { className: 'card' },
          el('h2', {}, t('outcome.goals')),
          el(
            'ul',
            { className: 'goal-list' },
            ...report.you.outcome.goals.map((g) =>
              el(
                'li',
                {},
                el('span', {}, goalName(g.id)),
                mark(g.met, g.met ? t('outcome.met') : t('outcome.missed')),
              ),
            ),
          ),
          ...wallsAndRefusals(level, report),
        ),
      ]),
      part(() => [
        twinReg
          ? el(
              'section',
              { className: 'card compare' },
              el('h2', {}, t('outcome.compare')),
              compareTable(level, report, [
                t('outcome.you', { reg: t(`reg.${myReg.kind}`) }),
                t('outcome.them', { reg: t(`reg.${twinReg.kind}`) }),
              ]),
            )
          : null,
        reformMade(content, level),
      ]),
      part(() => [reformSection({ level, state, runPolicy: policy, policies, report })]),
      slots.resultCode,
      el(
        'div',
        { className: 'row outcome-buttons' },
        iconButton('play', t('outcome.playAgain'), hooks.playAgain, 'btn btn-primary', {
          'data-autofocus': '',
        }),
        twinReg
          ? iconButton('arrow', t('outcome.otherReg'), () => hooks.otherRegistration(twinReg.id), 'btn')
          : null,
        hooks.next && nextIdx > 0 && nextIdx < content.order.length
          ? iconButton('next', t('outcome.next'), hooks.next, 'btn')
          : null,
        iconButton('share', t('outcome.share'), hooks.share, 'btn'),
        iconButton('home', t('outcome.title'), hooks.title, 'btn'),
      ),
    ),
  );
  const screen = root.querySelector<HTMLElement>('.screen-outcome')!;
  screen.setAttribute('aria-busy', 'true');
  void (async () => {
    for (const { at, build } of parts) {
      await nextTask();
      if (!at.isConnected) return; // drawn again meanwhile (a language switch), or left
      at.replaceWith(...build().filter((n): n is Node => n !== null));
    }
    for (const fill of fills) {
      await nextTask();
      if (!screen.isConnected) return;
      fill();
    }
    screen.removeAttribute('aria-busy');
    // The buttons show only now (the styles hide what is below a section still to come). The page
    // stays where it is (at the top), unless the player has put the focus somewhere meanwhile.
    const focused = document.activeElement;
    if (!focused || focused === document.body)
      root.querySelector<HTMLElement>('[data-autofocus]')?.focus({ preventScroll: true });
  })();
  return slots;
}
