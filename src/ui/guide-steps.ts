// The tutorial's guided steps as data: what each asks, which real control it points at, and
// when it is done. No DOM here (the pace script counts these words); src/ui/guide.ts shows them.
import { t } from '../i18n';
import type { RunState } from '../rules/types';

export type GuideStepId = 'walk' | 'try' | 'wall' | 'why' | 'end' | 'done';

export interface GuideStep {
  id: GuideStepId;
  /** A CSS selector for the real control the step points at; the bubble sits by it. */
  target: string;
  /** Whether the step is done, from the run's state (the "why" step is done by opening Why?). */
  done(s: RunState, start: RunState, seen: { why: boolean; neighbourWall: boolean }): boolean;
}

/** The place the tutorial sends you first, and the door with the wall. */
export const GUIDE_WORK = 'factory';
export const GUIDE_WALL = 'public-school';

export const GUIDE_STEPS: GuideStep[] = [
  {
    id: 'walk',
    target: `[data-venue="${GUIDE_WORK}"]`,
    done: (s, start) => s.at !== start.at || s.log.some((l) => l.intent.type === 'act'),
  },
  {
    id: 'try',
    target: 'dialog.panel-venue .action .btn-primary',
    done: (s) => s.log.some((l) => l.intent.type === 'act'),
  },
  {
    id: 'wall',
    target: `[data-venue="${GUIDE_WALL}"]`,
    done: (s, _start, seen) => s.walls.length > 0 || seen.neighbourWall,
  },
  { id: 'why', target: '.fact-card > summary', done: (_s, _start, seen) => seen.why },
  { id: 'end', target: '#hud-end-month', done: (s, start) => s.month > start.month },
  { id: 'done', target: '', done: () => false },
];

/** A step's words for this player: the urban player watches a rural neighbour meet the wall. */
export function guideText(id: GuideStepId, urban: boolean): string {
  return id === 'wall' && urban ? t('guide.wallUrban') : t(`guide.${id}`);
}

/** Every guide text a player reads on the main path (for the pace count). */
export function guideTexts(urban = false): string[] {
  return [t('guide.title'), ...GUIDE_STEPS.map((s) => guideText(s.id, urban)), t('guide.skip')];
}
