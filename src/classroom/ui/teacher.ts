// The teacher page (#/teacher): levels, seed, how registrations are assigned, language and the
// before/after questions; it gives the class link, the code to type and a QR code, with a
// projector view, and links to the debrief and the teacher guide. No server, no account.
import type { Content } from '../../content/load';
import { loc, t } from '../../i18n';
import { isFileCopy, pageAddress } from '../../platform/site';
import { button, el } from '../../ui/dom';
import { type QuizQuestion, questionsFor } from '../quiz';
import {
  type Assignment,
  type ClassSession,
  classUrl,
  decodeSession,
  encodeSession,
  formatSessionCode,
  SESSION_LEVELS,
  SESSION_SEED_LIMIT,
  type SessionLanguage,
} from '../session';
import { copyButton, projectorPage } from './controls';
import { quizItem } from './debrief-parts';
import { qrSvg } from './qr';
import './classroom.css';

const newSeed = () => crypto.getRandomValues(new Uint32Array(1))[0]! % SESSION_SEED_LIMIT;
// The class is kept on the teacher's device (as its class code, which holds every setting), so
// that a reload shows the same class; it changes only when the teacher changes a setting.
const TEACHER_KEY = 'iw.teacher';

/** What the teacher has chosen on the page: held by the classroom (index.ts) across visits to it. */
export interface TeacherForm {
  levels: string[];
  seed: number;
  assign: Assignment;
  lang: SessionLanguage;
  quiz: boolean;
  /** The questions switched off, bit i = question i of the levels' questions (session.ts). */
  questionsOff: number;
  projector: boolean;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

/** A new form: the class kept on this device, else the tutorial with a fresh seed. */
export function teacherForm(storage: Pick<Storage, 'getItem' | 'setItem'>): TeacherForm {
  const form: TeacherForm = {
    levels: ['tutorial', '', ''],
    seed: newSeed(),
    assign: 'draw',
    lang: 'en',
    quiz: true,
    questionsOff: 0,
    projector: false,
    storage,
  };
  const saved = storage.getItem(TEACHER_KEY);
  const d = saved ? decodeSession(saved) : null;
  if (!d?.ok) return form;
  const { levels, seed, assign, lang, quiz, questionsOff = 0 } = d.session;
  return { ...form, levels: [...levels, '', ''].slice(0, 3), seed, assign, lang, quiz, questionsOff };
}

/** The page's address without query or hash: what the class link is built on. */
export const baseUrl = () => pageAddress();

function session(form: TeacherForm): ClassSession {
  return {
    v: 1,
    levels: form.levels.filter((id) => id !== ''),
    seed: form.seed,
    assign: form.assign,
    lang: form.lang,
    quiz: form.quiz,
    ...(form.quiz && form.questionsOff !== 0 ? { questionsOff: form.questionsOff } : {}),
  };
}

/**
 * The levels' questions, each with a box to ask it or not. The last question asked cannot be
 * switched off here (that is the "questions" box above, which switches the quiz off).
 */
function questionChoices(
  form: TeacherForm,
  questions: readonly QuizQuestion[],
  changed: () => void,
): HTMLElement {
  const asked = questions.filter((_, i) => (form.questionsOff & (1 << i)) === 0).length;
  return el(
    'ol',
    { className: 'quiz-key quiz-pick' },
    ...questions.map((q, i) => {
      const on = (form.questionsOff & (1 << i)) === 0;
      const box = el('input', { type: 'checkbox', id: `class-q-${i}` }) as HTMLInputElement;
      box.checked = on;
      box.disabled = on && asked === 1;
      box.addEventListener('change', () => {
        form.questionsOff ^= 1 << i;
        changed();
        document.getElementById(box.id)?.focus();
      });
      return el(
        'li',
        { className: on ? '' : 'quiz-off' },
        el('label', { className: 'quiz-pick-row', attrs: { for: box.id } }, box, quizItem(q)),
      );
    }),
  );
}

function radios<T extends string>(name: string, values: readonly T[], current: T, set: (v: T) => void) {
  return el(
    'fieldset',
    { className: 'class-field' },
    el('legend', {}, t(`classroom.teacher.${name}`)),
    ...values.map((v) => {
      const input = el('input', { type: 'radio', attrs: { name, value: v } });
      input.checked = v === current;
      input.addEventListener('change', () => set(v));
      return el(
        'label',
        { className: 'class-choice' },
        input,
        ` ${t(`classroom.teacher.${name}Option.${v}`)}`,
      );
    }),
  );
}

function levelPickers(form: TeacherForm, content: Content, changed: () => void): HTMLElement {
  const ids = SESSION_LEVELS.filter((id) => content.levels.has(id));
  return el(
    'fieldset',
    { className: 'class-field' },
    el('legend', {}, t('classroom.teacher.levels')),
    ...[0, 1, 2].map((i) => {
      const select = el('select', { id: `class-level-${i}` });
      if (i > 0) select.append(el('option', { attrs: { value: '' } }, t('classroom.teacher.noLevel')));
      for (const id of ids)
        select.append(el('option', { attrs: { value: id } }, loc(content.levels.get(id)!.title)));
      select.value = form.levels[i] ?? '';
      select.addEventListener('change', () => {
        form.levels[i] = select.value;
        changed();
      });
      return el(
        'label',
        { className: 'class-level', attrs: { for: select.id } },
        t('classroom.teacher.levelN', { n: i + 1 }),
        select,
      );
    }),
  );
}

function output(form: TeacherForm): HTMLElement {
  const s = session(form);
  if (s.levels.length === 0)
    return el('p', { className: 'notice', role: 'alert' }, t('classroom.teacher.needLevel'));
  const code = encodeSession(s);
  form.storage.setItem(TEACHER_KEY, code);
  const link = classUrl(baseUrl(), s);
  const linkText = el('code', { className: 'class-link', tabIndex: 0, attrs: { 'data-link': link } }, link);
  const copy = copyButton(t('classroom.copyLink'), link, linkText, 'btn no-print');
  return el(
    'div',
    { className: 'class-output' },
    el(
      'div',
      { className: 'class-join-info' },
      el('p', { className: 'class-code-label' }, t('classroom.teacher.codeLabel')),
      el('p', { className: 'class-code', attrs: { 'data-code': code } }, formatSessionCode(code)),
      el('p', { className: 'class-code-label' }, t('classroom.teacher.linkLabel')),
      linkText,
      copy,
      isFileCopy() && el('p', { className: 'notice file-link' }, t('classroom.teacher.fileLink')),
      el(
        'p',
        { className: 'class-summary' },
        t('classroom.teacher.summary', {
          count: s.levels.length,
          seed: s.seed,
          assign: t(`classroom.teacher.assignOption.${s.assign}`),
        }),
      ),
    ),
    el('div', { className: 'class-qr' }, qrSvg(link, t('classroom.teacher.qrLabel'))),
  );
}

export function renderTeacher(
  root: HTMLElement,
  content: Content,
  back: () => void,
  form: TeacherForm,
): void {
  const out = el('div', { className: 'class-output-host', attrs: { 'aria-live': 'polite' } });
  const asked = el('details', { className: 'class-questions' });
  // Which question a bit names depends on the levels: other levels, every question on again.
  let levelsAsked = form.levels.join();
  const changed = () => {
    if (form.levels.join() !== levelsAsked) {
      levelsAsked = form.levels.join();
      form.questionsOff = 0;
    }
    // The questions follow the levels: those whose facts the chosen levels teach.
    const qs = questionsFor(form.levels.filter(Boolean).map((id) => content.levels.get(id)));
    form.questionsOff &= (1 << qs.length) - 1;
    out.replaceChildren(output(form));
    asked.hidden = !form.quiz;
    const off = qs.filter((_, i) => (form.questionsOff & (1 << i)) !== 0).length;
    asked.replaceChildren(
      el('summary', {}, t('classroom.teacher.questions', { count: qs.length })),
      el('p', { className: 'muted' }, t('classroom.teacher.questionsHelp')),
      questionChoices(form, qs, changed),
    );
    if (off > 0)
      asked.append(el('p', { className: 'muted' }, t('classroom.teacher.questionsOff', { count: off })));
  };
  const seedInput = el('input', {
    id: 'class-seed',
    type: 'number',
    attrs: { min: '0', max: String(SESSION_SEED_LIMIT - 1), inputmode: 'numeric' },
  });
  seedInput.value = String(form.seed);
  seedInput.addEventListener('input', () => {
    const n = Number(seedInput.value);
    if (Number.isInteger(n) && n >= 0 && n < SESSION_SEED_LIMIT) {
      form.seed = n;
      seedInput.removeAttribute('aria-invalid');
      changed();
    } else seedInput.setAttribute('aria-invalid', 'true');
  });
  const fields = el(
    'div',
    { className: 'class-form card' },
    levelPickers(form, content, changed),
    el(
      'div',
      { className: 'class-field' },
      el('label', { attrs: { for: 'class-seed' } }, t('classroom.teacher.seed')),
      el(
        'div',
        { className: 'row' },
        seedInput,
        button(t('classroom.teacher.newSeed'), () => {
          form.seed = newSeed();
          seedInput.value = String(form.seed);
          changed();
        }),
      ),
      el('p', { className: 'muted' }, t('classroom.teacher.seedHelp')),
    ),
    radios('assign', ['draw', 'alternate', 'rural', 'urban'] as const, form.assign, (v) => {
      form.assign = v;
      changed();
    }),
    radios('lang', ['en', 'zh-Hans'] as const, form.lang, (v) => {
      form.lang = v;
      changed();
    }),
    (() => {
      const box = el('input', { type: 'checkbox', id: 'class-quiz' });
      box.checked = form.quiz;
      box.addEventListener('change', () => {
        form.quiz = box.checked;
        changed();
      });
      return el(
        'label',
        { className: 'class-choice', attrs: { for: 'class-quiz' } },
        box,
        ` ${t('classroom.teacher.quiz')}`,
      );
    })(),
    asked,
  );
  const page = projectorPage(
    'teacher-page',
    form,
    back,
    { className: 'btn', attrs: { 'data-action': 'projector' } },
    el('h1', {}, t('classroom.teacher.heading')),
    el('p', { className: 'lead class-hide-projector' }, t('classroom.teacher.intro')),
    el('div', { className: 'class-hide-projector' }, fields),
    out,
    el(
      'p',
      { className: 'row class-links' },
      el('a', { className: 'btn', href: '#/debrief' }, t('classroom.teacher.toDebrief')),
      el('a', { className: 'btn', href: '#/guide' }, t('classroom.teacher.toGuide')),
    ),
  );
  root.replaceChildren(page);
  changed();
}
