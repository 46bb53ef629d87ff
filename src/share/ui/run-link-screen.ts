// Opening the game with ?run=CODE: watch the shared run replayed to its outcome, or play the same
// city with the same luck (either registration). Replays step the logged intents into a store.
// The screen is drawn from the level's names alone (content/level-names.ts), before the levels
// have loaded: on a slow line it shows ~0.5 s sooner, and a click waits for them.

import { LEVEL_NAMES } from '../../content/level-names';
import { loc, t } from '../../i18n';
import { type Ctx, reduced } from '../../platform/context';
import type { GameEvent, Intent, Level } from '../../rules/types';
import type { RunRecord } from '../../store/run-record';
import { openRun, type RunStore } from '../../store/store';
import { button, el, iconButton } from '../../ui/dom';
import { placeName } from '../place-name';
import { readRunParam } from '../run-code';

export interface RunLinkHooks {
  /** The normal outcome screen for a finished store. */
  outcome(store: RunStore): void;
  /** A fresh run: same level, seed and policy, the chosen registration, no intents. */
  play(record: RunRecord): void;
  title(): void;
}

/** What ?run= in the address says: nothing, a record, or why it cannot be read (the title says it). */
export function runFromAddress(
  search: string,
): { record: RunRecord } | { error: 'newer' | 'corrupt' } | null {
  const r = readRunParam(search);
  if (!r) return null;
  if (r.ok) return { record: r.record };
  return { error: r.error === 'newer-version' ? 'newer' : 'corrupt' };
}

/** Whether this version of the game has the link's level. */
export function knownLevel(levelId: string): boolean {
  return LEVEL_NAMES.has(levelId);
}

/** Drops ?run= from the address bar, so that a reload or a later Play starts normally. */
export function forgetRunParam(): void {
  const url = new URL(location.href);
  url.searchParams.delete('run');
  history.replaceState(history.state, '', url.href);
}

const PACE_MS = 260;

function stepText(level: Level, intent: Intent, events: readonly GameEvent[], month: number): string {
  const venue = (id: string) => loc(level.venues.find((v) => v.id === id)?.name) || id;
  switch (intent.type) {
    case 'move':
      return t('share.run.step.move', { venue: venue(intent.venue) });
    case 'act': {
      const action = loc(
        level.venues.find((v) => v.id === intent.venue)?.actions.find((a) => a.id === intent.action)?.name,
      );
      const walled = events.some((e) => e.type === 'blocked');
      return t(walled ? 'share.run.step.wall' : 'share.run.step.act', {
        venue: venue(intent.venue),
        action: action || intent.action,
      });
    }
    case 'choose': {
      const choice = level.events.flatMap((e) => e.choices ?? []).find((c) => c.id === intent.choice);
      return t('share.run.step.choose', { choice: loc(choice?.label) || intent.choice });
    }
    case 'finish':
      return t('share.run.step.finish');
    default:
      return t('share.run.step.endMonth', { m: month });
  }
}

/** The screen as the app's router wants it: redraw on a language change, leave stops a replay.
 * `ready` brings the levels (and the rest of the context): Watch waits for it. */
export function runLinkScreen(
  root: HTMLElement,
  ready: () => Promise<Ctx>,
  record: RunRecord,
  hooks: RunLinkHooks,
) {
  const names = LEVEL_NAMES.get(record.levelId);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let watching: RunStore | null = null;
  /** Watch was pressed and the levels are on their way: a second press does nothing. */
  let starting = false;
  let left = false;
  let i = 0; // the next logged intent to replay
  const log = el('ol', { className: 'run-steps', attrs: { 'aria-live': 'polite' } });

  const finish = (store: RunStore) => {
    if (timer) clearTimeout(timer);
    timer = null;
    hooks.outcome(store);
  };

  function watch() {
    if (starting || watching) return;
    starting = true;
    void ready().then((ctx) => {
      starting = false;
      if (!left) replay(ctx);
    });
  }

  function replay(ctx: Ctx) {
    const level = ctx.content.levels.get(record.levelId);
    const opened = openRun(ctx.content, { ...record, intents: [] });
    if (!opened.ok || !level) return;
    const store = opened.store;
    watching = store;
    const fast = reduced(ctx);
    i = 0;
    const tick = () => {
      while (i < record.intents.length && !store.state().ended) {
        const intent = record.intents[i++]!;
        const month = store.state().month;
        const events = store.dispatch(intent);
        if (fast) continue;
        log.append(el('li', {}, stepText(level, intent, events, month)));
        log.lastElementChild?.scrollIntoView({ block: 'nearest' });
        timer = setTimeout(tick, PACE_MS);
        return;
      }
      finish(store);
    };
    if (fast) tick();
    else {
      render();
      timer = setTimeout(tick, PACE_MS);
    }
  }

  function render() {
    if (!names) return;
    const reg = names.registrations.find((r) => r.id === record.registrationId);
    const intro = t('share.run.intro', {
      place: placeName(loc(names.title), loc(names.city)),
      reg: loc(reg?.name),
      count: record.intents.length,
    });
    const body = watching
      ? [
          el('h2', {}, t('share.run.watching')),
          log,
          el(
            'div',
            { className: 'row' },
            button(t('share.run.skip'), () => watching && skip(watching), 'btn run-skip', {
              'data-autofocus': '',
            }),
          ),
        ]
      : [
          el(
            'div',
            { className: 'row' },
            iconButton('play', t('share.run.watch'), watch, 'btn btn-primary btn-big run-watch', {
              'data-autofocus': '',
            }),
          ),
          el('p', { className: 'muted' }, t('share.run.watchHint')),
          el('h2', {}, t('share.run.play')),
          el(
            'div',
            { className: 'row run-play' },
            ...names.registrations.map((r) =>
              iconButton(
                'arrow',
                t('share.run.playAs', { reg: loc(r.name) }),
                () => hooks.play({ ...record, registrationId: r.id, intents: [] }),
                `btn run-play-${r.id}`,
              ),
            ),
          ),
          el(
            'div',
            { className: 'row' },
            iconButton('home', t('share.run.back'), hooks.title, 'btn run-back'),
          ),
        ];
    root.replaceChildren(
      el(
        'div',
        { className: 'screen screen-run-link' },
        el('h1', {}, t('share.run.heading')),
        el('p', { className: 'lead' }, intro),
        ...body,
      ),
    );
    root.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }

  function skip(store: RunStore) {
    if (timer) clearTimeout(timer);
    timer = null;
    while (i < record.intents.length && !store.state().ended) store.dispatch(record.intents[i++]!);
    finish(store);
  }

  return {
    redraw: render,
    leave: () => {
      left = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
