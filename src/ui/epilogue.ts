// "A year later…": after the outcome's numbers, a line for each family member, yours and your
// twin's, chosen from level data by how each run ended; then the one question the level ends on.
import type { Content } from '../content/load';
import { epilogueFor, type FamilyMember, storyOf } from '../content/story';
import { loc, t } from '../i18n';
import type { RunReport } from '../rules';
import type { Level, RunState } from '../rules/types';
import { el } from './dom';
import { factCard } from './fact-card';
import { portrait, spoken } from './family';
import { applyArt } from './lottery';

function column(content: Content, level: Level, end: RunState, heading: string, id: string): HTMLElement {
  return el(
    'section',
    { className: 'epilogue-col', attrs: { 'aria-labelledby': id } },
    el('h3', { id }, heading),
    el(
      'ul',
      { className: 'epilogue-list' },
      ...epilogueFor(level, end).map(({ member, line }) => {
        const why = line.facts?.length ? factCard(content, line.facts) : null;
        return el(
          'li',
          { attrs: { 'data-member': member.id, 'data-face': line.face } },
          portrait(member as FamilyMember, line.face, 64, false),
          el(
            'div',
            {},
            el('p', {}, spoken(member, line.line)),
            why
              ? el(
                  'details',
                  { className: 'epilogue-facts' },
                  el('summary', {}, t('family.epilogueBasedOn')),
                  why,
                )
              : null,
          ),
        );
      }),
    ),
  );
}

/** The epilogue section for a finished run, or null when the level has no family. */
export function epilogueSection(
  content: Content,
  level: Level,
  state: RunState,
  report: RunReport,
  reducedMotion: boolean,
): HTMLElement | null {
  const story = storyOf(level);
  if (story.family.length === 0) return null;
  // Read from the run's one report: the twin is the one who lived your intentions (rules/twin.ts).
  const mine = state;
  const twin = report.twin?.state;
  const twinReg = level.registrations.find((r) => r.id === report.twin?.registrationId);
  const section = el(
    'section',
    {
      className: `card epilogue${reducedMotion ? '' : ' reveal'}`,
      id: 'epilogue',
      attrs: { 'aria-labelledby': 'epilogue-heading' },
    },
    el('h2', { id: 'epilogue-heading' }, t('family.epilogueHeading')),
    el(
      'div',
      { className: 'epilogue-cols' },
      column(content, level, mine, t('family.epilogueYou'), 'epilogue-you'),
      twin && twinReg
        ? column(content, level, twin, t('family.epilogueTwin', { reg: loc(twinReg.name) }), 'epilogue-twin')
        : null,
    ),
    twin ? el('p', { className: 'muted' }, t('family.epilogueTwinNote')) : null,
    el('p', { className: 'muted' }, t('family.epilogueComposite')),
    el(
      'p',
      { className: 'epilogue-question' },
      el('span', { className: 'sr-only' }, `${t('family.question')}: `),
      loc(story.epilogue.question),
    ),
  );
  void applyArt(section);
  return section;
}

/**
 * Puts the epilogue into a rendered outcome screen, after its numbers and before its buttons;
 * the outcome module itself needs no change.
 */
export function mountEpilogue(
  root: HTMLElement,
  content: Content,
  level: Level,
  state: RunState,
  report: RunReport,
  reducedMotion: boolean,
): void {
  const section = epilogueSection(content, level, state, report, reducedMotion);
  if (!section) return;
  const screen = root.querySelector('.screen-outcome') ?? root.querySelector('.screen') ?? root;
  const buttons = screen.querySelector('.outcome-buttons');
  if (buttons?.parentElement === screen) screen.insertBefore(section, buttons);
  else screen.append(section);
}
