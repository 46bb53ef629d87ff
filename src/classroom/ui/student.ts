// A student's class session: join (link or typed code) → the questions before → each level with
// the class's seed and registration → the questions after → the result codes to hand in.

import { loc, setLanguage, t } from '../../i18n';
import type { Ctx } from '../../platform/context';
import { reportFor } from '../../platform/run-report';
import { resultFromRun } from '../../share/result-code';
import type { RunRecord } from '../../store/run-record';
import { readSave } from '../../store/save';
import type { RunStore } from '../../store/store';
import { button, el } from '../../ui/dom';
import type { OutcomeSlots } from '../../ui/outcome';
import { classResultFromReport, encodeClassResult, groupClassResult } from '../class-result';
import { classQuestions, type QuizQuestion } from '../quiz';
import { type ClassSession, formatSessionCode, registrationFor, registrationIdFor } from '../session';
import { copyButton, studentScreen } from './controls';
import { type ClassProgress, freshProgress, loadProgress, saveProgress } from './progress';
import { qrSvg } from './qr';
import { renderQuiz } from './quiz-view';
import { renderResult } from './result-view';

export interface ClassApp {
  storage: Storage;
  ready(): Promise<Ctx>;
  /** Shows a screen drawn into the main screen element (drawn again when the language changes). */
  show(draw: (root: HTMLElement) => void): void;
  /** The birth lottery of a level with this seed and registration, then the city. */
  start(c: Ctx, levelId: string, seed: number, registrationId: string, assigned: boolean): void;
  /** Continues the saved run (or shows its outcome again when it has ended). */
  resume(record: RunRecord): void;
  title(): void;
}

interface Active {
  session: ClassSession;
  p: ClassProgress;
}

/**
 * The class this device is playing, if any: held by the classroom (classroom/ui/index.ts) and
 * passed along, since a class spans screens (title, questions, each level, its outcome).
 */
export interface Joined {
  active: Active | null;
}

const roll = () => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;

export async function joinClass(
  app: ClassApp,
  joined: Joined,
  code: string,
  session: ClassSession,
): Promise<void> {
  const a: Active = { session, p: loadProgress(app.storage, code) };
  joined.active = a;
  await setLanguage(session.lang);
  // Someone already joined this class on this device: go on as them, or start as a new student.
  if (a.p.kind !== null) app.show((root) => returning(root, app, joined, a));
  else next(app, joined);
}

function returning(root: HTMLElement, app: ClassApp, joined: Joined, a: Active): void {
  const { session, p } = a;
  const fresh = () => {
    a.p = freshProgress(p.code);
    save(app, joined);
    next(app, joined);
  };
  studentScreen(
    root,
    t('classroom.student.returning'),
    el('p', { className: 'class-code' }, formatSessionCode(p.code)),
    el(
      'p',
      { className: 'lead', attrs: { 'data-seat': String(p.seat ?? '') } },
      t('classroom.student.returningSeat', {
        seat: p.seat ?? '–',
        done: p.results.length,
        total: session.levels.length,
      }),
    ),
    el(
      'div',
      { className: 'row' },
      button(
        t('classroom.student.continue', { seat: p.seat ?? '–' }),
        () => next(app, joined),
        'btn btn-primary btn-big',
        {
          'data-autofocus': '',
          'data-action': 'class-continue',
        },
      ),
      button(t('classroom.student.newStudent'), fresh, 'btn', { 'data-action': 'class-new-student' }),
    ),
  );
  root.querySelector<HTMLElement>('[data-autofocus]')?.focus();
}

function save(app: ClassApp, joined: Joined) {
  if (joined.active) saveProgress(app.storage, joined.active.p);
}

function regIdFor(c: Ctx, a: Active, levelId: string): string | undefined {
  const level = c.content.levels.get(levelId);
  return level && a.p.kind ? registrationIdFor(level.registrations, a.p.kind) : undefined;
}

function next(app: ClassApp, joined: Joined) {
  const a = joined.active;
  if (!a) return app.title();
  const { session, p } = a;
  if (p.kind === null) return app.show((root) => intro(root, app, joined, a));
  if (session.quiz && !p.before) {
    void app.ready().then((c) =>
      app.show((root) =>
        renderQuiz(root, 'before', askedQuestions(c, session), (answers) => {
          p.before = answers;
          save(app, joined);
          next(app, joined);
        }),
      ),
    );
    return;
  }
  const levelId = session.levels[p.results.length];
  if (levelId !== undefined) {
    void app.ready().then((c) => {
      const regId = regIdFor(c, a, levelId);
      if (!regId) return app.show((root) => missing(root, app));
      // This student's run of this level, saved on this device: resume it, never start it again.
      const saved = readSave(app.storage);
      if (
        saved.ok &&
        p.playing === levelId &&
        saved.record.levelId === levelId &&
        saved.record.seed === session.seed &&
        saved.record.registrationId === regId &&
        saved.record.policyId === 'status-quo'
      )
        return app.resume(saved.record);
      p.playing = levelId;
      save(app, joined);
      app.start(c, levelId, session.seed, regId, session.assign !== 'draw');
    });
    return;
  }
  void app.ready().then((c) => {
    const questions = askedQuestions(c, session);
    if (session.quiz && !p.after)
      return app.show((root) =>
        renderQuiz(root, 'after', questions, (answers) => {
          p.after = answers;
          save(app, joined);
          next(app, joined);
        }),
      );
    app.show((root) => renderResult(root, p, questions, app.title));
  });
}

/** The questions this class asks: those whose facts its levels teach, less those switched off. */
function askedQuestions(c: Ctx, session: ClassSession): QuizQuestion[] {
  return classQuestions(
    session.levels.map((id) => c.content.levels.get(id)),
    session.questionsOff,
  );
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

function intro(root: HTMLElement, app: ClassApp, joined: Joined, a: Active): void {
  const { session, p } = a;
  const seat = el('input', {
    id: 'class-seat',
    type: 'number',
    attrs: { min: '1', max: '999', inputmode: 'numeric' },
  });
  const message = el('p', { className: 'notice', role: 'alert', hidden: true });
  const start = () => {
    const n = Number(seat.value);
    // Every student types a seat: the teacher's debrief lists seats handed in and missing.
    const needSeat = true;
    if (needSeat && (seat.value.trim() === '' || !Number.isInteger(n) || n < 1 || n > 999)) {
      message.textContent = t('classroom.student.badSeat');
      message.hidden = false;
      seat.focus();
      return;
    }
    p.seat = needSeat ? n : null;
    p.kind = registrationFor(session, p.seat, roll());
    save(app, joined);
    next(app, joined);
  };
  const levels = el('ol', { className: 'class-levels' });
  studentScreen(
    root,
    t('classroom.student.heading'),
    el('p', { className: 'class-code' }, formatSessionCode(p.code)),
    el('p', { className: 'lead' }, t(`classroom.student.assign.${session.assign}`)),
    el('h2', {}, t('classroom.student.levels', { count: session.levels.length })),
    levels,
    session.quiz ? el('p', {}, t('classroom.student.quizNote')) : null,
    el(
      'div',
      { className: 'class-field' },
      el('label', { attrs: { for: 'class-seat' } }, t('classroom.student.seat')),
      seat,
    ),
    message,
    el('p', { className: 'muted' }, t('classroom.student.privacy')),
    el(
      'div',
      { className: 'row' },
      button(t('classroom.student.start'), start, 'btn btn-primary btn-big', { 'data-autofocus': '' }),
      button(t('classroom.student.leave'), () => {
        joined.active = null;
        app.title();
      }),
    ),
  );
  void app.ready().then((c) => {
    levels.replaceChildren(
      ...session.levels.map((id) => el('li', {}, loc(c.content.levels.get(id)?.title) || id)),
    );
  });
  seat.focus();
}

/** After a level's outcome: records the class's run once, and offers the way on. */
export function decorateOutcome(
  slots: OutcomeSlots,
  app: ClassApp,
  joined: Joined,
  c: Ctx,
  store: RunStore,
): void {
  const a = joined.active;
  if (!a) return;
  const s = store.state();
  const { session, p } = a;
  const expected = session.levels[p.results.length];
  const classRun =
    s.seed === session.seed && s.policyId === 'status-quo' && s.registrationId === regIdFor(c, a, s.levelId);
  if (classRun && s.levelId === expected && p.kind) {
    const rep = reportFor(c.content, store.level, store.policy, s);
    const twinState = rep.twin?.state ?? null;
    const nonce = crypto.getRandomValues(new Uint16Array(1))[0]!;
    const quiz = p.before ? { before: p.before, after: p.after ?? [] } : null;
    p.codes[p.results.length] = encodeClassResult(
      classResultFromReport(store.level, rep, {
        classCode: p.code,
        seat: p.seat,
        levelIndex: p.results.length,
        kind: p.kind,
        quiz,
        nonce,
      }),
    );
    p.playing = null;
    p.results.push(
      resultFromRun(store.level, s, twinState, null, {
        classCode: p.code,
        nonce,
      }),
    );
    save(app, joined);
  }
  const done = p.results.length;
  const index = p.results.findIndex((r) => r.levelId === s.levelId && r.seed === s.seed);
  if (index < 0) return;
  const code = p.codes[index];
  // In class, the class result code is the one to hand in, at the top: the ordinary code is not shown.
  // (The app fills that slot in a later task: empty it after that.)
  if (code) slots.later(() => slots.resultCode.replaceChildren());
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
    button(label, () => next(app, joined), 'btn btn-primary', { 'data-action': 'class-next' }),
  );
  slots.belowHeading.replaceChildren(...(code ? [classCodeBlock(code)] : []), bar);
}

/** The level's class result code, to hand in now: text grouped for reading, Copy, and a QR code. */
function classCodeBlock(code: string): HTMLElement {
  const field = el(
    'code',
    { className: 'class-result-code', attrs: { 'data-code': code } },
    groupClassResult(code),
  );
  const copy = copyButton(t('classroom.copy'), code, field, 'btn', { 'data-action': 'copy-class-code' });
  return el(
    'section',
    { className: 'card class-hand-in', attrs: { 'aria-label': t('classroom.student.handInLabel') } },
    el('h2', {}, t('classroom.student.handIn')),
    el('p', { className: 'muted' }, t('classroom.student.handInHint')),
    el(
      'div',
      { className: 'class-output' },
      el('div', {}, el('p', { className: 'result-code-line' }, field), copy),
      el('div', { className: 'class-qr' }, qrSvg(code, t('classroom.result.qrLabel'))),
    ),
  );
}
