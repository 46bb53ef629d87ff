// A student's class session: join (link or typed code) → the questions before → each level with
// the class's seed and registration → the questions after → the result codes to hand in.

import { loc, setLanguage, t } from '../../i18n';
import type { Ctx } from '../../platform/context';
import { reportFor } from '../../platform/run-report';
import { resultFromRun } from '../../share/result-code';
import type { RunStore } from '../../store/store';
import { button, el } from '../../ui/dom';
import { type ClassSession, formatSessionCode, registrationFor, registrationIdFor } from '../session';
import { type ClassProgress, loadProgress, saveProgress } from './progress';
import { renderQuiz } from './quiz-view';
import { renderResult } from './result-view';

export interface ClassApp {
  storage: Storage;
  ready(): Promise<Ctx>;
  /** Shows a screen drawn into the main screen element (drawn again when the language changes). */
  show(draw: (root: HTMLElement) => void): void;
  /** The birth lottery of a level with this seed and registration, then the city. */
  start(c: Ctx, levelId: string, seed: number, registrationId: string, assigned: boolean): void;
  title(): void;
}

interface Active {
  session: ClassSession;
  p: ClassProgress;
}
let active: Active | null = null;

const roll = () => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;

export async function joinClass(app: ClassApp, code: string, session: ClassSession): Promise<void> {
  active = { session, p: loadProgress(app.storage, code) };
  await setLanguage(session.lang);
  next(app);
}

function save(app: ClassApp) {
  if (active) saveProgress(app.storage, active.p);
}

function regIdFor(c: Ctx, a: Active, levelId: string): string | undefined {
  const level = c.content.levels.get(levelId);
  return level && a.p.kind ? registrationIdFor(level.registrations, a.p.kind) : undefined;
}

function next(app: ClassApp) {
  const a = active;
  if (!a) return app.title();
  const { session, p } = a;
  if (p.kind === null) return app.show((root) => intro(root, app, a));
  if (session.quiz && !p.before)
    return app.show((root) =>
      renderQuiz(root, 'before', (answers) => {
        p.before = answers;
        save(app);
        next(app);
      }),
    );
  const levelId = session.levels[p.results.length];
  if (levelId !== undefined) {
    void app.ready().then((c) => {
      const regId = regIdFor(c, a, levelId);
      if (!regId) return app.show((root) => missing(root, app));
      app.start(c, levelId, session.seed, regId, session.assign !== 'draw');
    });
    return;
  }
  if (session.quiz && !p.after)
    return app.show((root) =>
      renderQuiz(root, 'after', (answers) => {
        p.after = answers;
        save(app);
        next(app);
      }),
    );
  app.show((root) => renderResult(root, p, app.title));
}

function missing(root: HTMLElement, app: ClassApp) {
  root.replaceChildren(
    el(
      'div',
      { className: 'screen class-page' },
      el('p', { className: 'notice', role: 'alert' }, t('classroom.student.missingLevel')),
      button(t('classroom.back'), app.title, 'btn', { 'data-autofocus': '' }),
    ),
  );
}

function intro(root: HTMLElement, app: ClassApp, a: Active): void {
  const { session, p } = a;
  const seat = el('input', {
    id: 'class-seat',
    type: 'number',
    attrs: { min: '1', max: '999', inputmode: 'numeric' },
  });
  const message = el('p', { className: 'notice', role: 'alert', hidden: true });
  const start = () => {
    const n = Number(seat.value);
    const needSeat = session.assign === 'alternate';
    if (needSeat && (seat.value.trim() === '' || !Number.isInteger(n) || n < 1 || n > 999)) {
      message.textContent = t('classroom.student.badSeat');
      message.hidden = false;
      seat.focus();
      return;
    }
    p.seat = needSeat ? n : null;
    p.kind = registrationFor(session, p.seat, roll());
    save(app);
    next(app);
  };
  const levels = el('ol', { className: 'class-levels' });
  root.replaceChildren(
    el(
      'div',
      { className: 'screen class-page class-student' },
      el('h1', {}, t('classroom.student.heading')),
      el('p', { className: 'class-code' }, formatSessionCode(p.code)),
      el('p', { className: 'lead' }, t(`classroom.student.assign.${session.assign}`)),
      el('h2', {}, t('classroom.student.levels', { count: session.levels.length })),
      levels,
      session.quiz ? el('p', {}, t('classroom.student.quizNote')) : null,
      session.assign === 'alternate'
        ? el(
            'div',
            { className: 'class-field' },
            el('label', { attrs: { for: 'class-seat' } }, t('classroom.student.seat')),
            seat,
          )
        : null,
      message,
      el('p', { className: 'muted' }, t('classroom.student.privacy')),
      el(
        'div',
        { className: 'row' },
        button(t('classroom.student.start'), start, 'btn btn-primary btn-big', { 'data-autofocus': '' }),
        button(t('classroom.student.leave'), () => {
          active = null;
          app.title();
        }),
      ),
    ),
  );
  void app.ready().then((c) => {
    levels.replaceChildren(
      ...session.levels.map((id) => el('li', {}, loc(c.content.levels.get(id)?.title) || id)),
    );
  });
  (session.assign === 'alternate' ? seat : root.querySelector<HTMLElement>('[data-autofocus]'))?.focus();
}

/** After a level's outcome: records the class's run once, and offers the way on. */
export function decorateOutcome(slot: HTMLElement, app: ClassApp, c: Ctx, store: RunStore): void {
  const a = active;
  if (!a) return;
  const s = store.state();
  const { session, p } = a;
  const expected = session.levels[p.results.length];
  const classRun =
    s.seed === session.seed && s.policyId === 'status-quo' && s.registrationId === regIdFor(c, a, s.levelId);
  if (classRun && s.levelId === expected) {
    const twinState = reportFor(c.content, store.level, store.policy, s).twin?.state ?? null;
    p.results.push(
      resultFromRun(store.level, s, twinState, null, {
        classCode: p.code,
        nonce: crypto.getRandomValues(new Uint16Array(1))[0]!,
      }),
    );
    save(app);
  }
  const done = p.results.length;
  if (!p.results.some((r) => r.levelId === s.levelId)) return;
  const nextId = session.levels[done];
  const label = nextId
    ? t('classroom.student.nextLevel', { title: loc(c.content.levels.get(nextId)?.title) })
    : session.quiz && !p.after
      ? t('classroom.student.toAfter')
      : t('classroom.student.toResult');
  const bar = el(
    'section',
    { className: 'card class-bar', attrs: { 'aria-label': t('classroom.student.barLabel') } },
    el('p', {}, t('classroom.student.progress', { done, total: session.levels.length })),
    button(label, () => next(app), 'btn btn-primary', { 'data-action': 'class-next' }),
  );
  slot.replaceChildren(bar);
}
