// SCORM 1.2: when the game runs inside a learning platform (Moodle, Canvas, Blackboard…) whose
// API object is found by the standard search (window.API in this window's parents, then the
// opener's), the game reports each finished level — status "completed", the share of goals met
// as the score, the result code as the learner's response — and bookmarks the run after every
// move (lesson_location: the level; suspend_data: the run code) so a student resumes where they
// left off. Without the API nothing here runs and the game is as usual (docs/deploy/README.md).

import type { RunEvent } from '../platform/run-events';
import { goalsMet, type RunReport } from '../rules';
import { decodeRun, encodeRun } from '../share/run-code';
import { resultCodeFor } from '../share/run-result-code';
import { recordOf } from '../store/run-record';
import { readSave, writeSave } from '../store/save';
import type { RunStore } from '../store/store';
import { findApi, timespan } from './scorm-api';

const SUSPEND_MAX = 4096; // CMIString4096
const RESPONSE_MAX = 255; // CMIFeedback
const COMMIT_EVERY_MS = 10_000;

/**
 * Connects to the LMS when there is one: restores its bookmark into the game's own save (so the
 * title offers Continue), then reports runs. Returns null, and does nothing, without an LMS.
 */
export function connectScorm(
  win: Window,
  storage: Storage,
): { finish(): void; watch(event: RunEvent): void } | null {
  const api = findApi(win);
  if (api?.LMSInitialize('') !== 'true') return null;
  const started = Date.now();
  const get = (k: string) => api.LMSGetValue(k) ?? '';
  const set = (k: string, v: string) => api.LMSSetValue(k, v) === 'true';

  // Resume: the bookmark becomes the game's save, unless this device holds a newer one of the same run.
  const bookmark = decodeRun(get('cmi.suspend_data'));
  if (bookmark.ok) {
    const local = readSave(storage);
    const newer =
      local.ok &&
      encodeRun({
        ...local.record,
        intents: local.record.intents.slice(0, bookmark.record.intents.length),
      }) === encodeRun(bookmark.record) &&
      local.record.intents.length > bookmark.record.intents.length;
    if (!newer) writeSave(storage, bookmark.record);
  }
  if (get('cmi.core.lesson_status') === 'not attempted') set('cmi.core.lesson_status', 'incomplete');
  api.LMSCommit('');

  const ours = new WeakSet<RunStore>(); // runs the student plays (not a friend's run watched from a link)
  // A platform may send every commit over the network: after a move, commit at most every 10 s
  // (the values are set at once; a level's end and leaving commit straight away).
  let pending: ReturnType<typeof setTimeout> | null = null;
  const commitSoon = () => {
    pending ??= setTimeout(() => {
      pending = null;
      api.LMSCommit('');
    }, COMMIT_EVERY_MS);
  };
  const commitNow = () => {
    if (pending) clearTimeout(pending);
    pending = null;
    api.LMSCommit('');
  };
  const save = (store: RunStore) => {
    const state = store.state();
    set('cmi.core.lesson_location', state.levelId);
    const code = encodeRun(recordOf(state));
    if (code.length <= SUSPEND_MAX) set('cmi.suspend_data', code);
    commitSoon();
  };
  const finished = (store: RunStore, runReport: RunReport) => {
    const state = store.state();
    const level = store.level;
    const met = goalsMet(store.effective, state).length;
    set('cmi.core.score.min', '0');
    set('cmi.core.score.max', '100');
    set('cmi.core.score.raw', String(level.goals.length ? Math.round((100 * met) / level.goals.length) : 0));
    set('cmi.core.lesson_status', 'completed');
    let code = '';
    try {
      code = resultCodeFor(level, state, runReport.twin?.state ?? null);
    } catch {
      code = ''; // a run a code cannot carry: the score and status still count
    }
    if (code) {
      const n = Number(get('cmi.interactions._count')) || 0;
      set(`cmi.interactions.${n}.id`, `result-${state.levelId}`.slice(0, 255));
      set(`cmi.interactions.${n}.type`, 'fill-in');
      if (code.length <= RESPONSE_MAX) set(`cmi.interactions.${n}.student_response`, code);
      // cmi.comments keeps the whole code even when it is longer than a response may be.
      set(
        'cmi.comments',
        `${get('cmi.comments')}${get('cmi.comments') ? '\n' : ''}${code}`.slice(-SUSPEND_MAX),
      );
    }
    set('cmi.core.lesson_location', state.levelId);
    set('cmi.suspend_data', ''); // a finished run is not continued (as the game's own save)
    commitNow();
  };
  const watch = (event: RunEvent) => {
    const { store } = event;
    if (event.kind === 'start') {
      ours.add(store);
      save(store);
      store.subscribe(() => save(store));
    } else if (ours.has(store)) finished(store, event.report);
  };

  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    set('cmi.core.session_time', timespan(Date.now() - started));
    // "suspend" keeps the bookmark for the next launch (cmi.core.entry = "resume").
    set('cmi.core.exit', 'suspend');
    commitNow();
    api.LMSFinish('');
  };
  win.addEventListener('pagehide', finish);
  return { finish, watch };
}
