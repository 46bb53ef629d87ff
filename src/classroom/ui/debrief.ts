// The debrief page (#/debrief): the teacher pastes any text holding result codes; the class's
// outcomes by registration, the walls, the twin gaps, the quiz and discussion questions follow,
// fit for a projector and for print, with a CSV export. Nothing is sent anywhere.
import type { Content } from '../../content/load';
import { language, loadLanguage, loc, money, num, t, translatorFor } from '../../i18n';
import type { Level, RegistrationKind } from '../../rules/types';
import type { ResultSummary } from '../../share/result-code';
import { actionName, wallPlace } from '../../ui/describe';
import { button, disclosure, el, iconButton } from '../../ui/dom';
import {
  aggregate,
  type ClassRoster,
  type DebriefInput,
  isClassSummary,
  type LevelDebrief,
  parseDebriefInput,
} from '../aggregate';
import { classCsv } from '../class-csv';
import { classWallKeys } from '../class-result';
import { GENERAL_QUIZ, QUIZ, type QuizQuestion, questionsOfClass } from '../quiz';
import { decodeSession, formatSessionCode, registrationIdFor, type SessionLanguage } from '../session';
import { barChart, type Series } from './charts';
import { projectorPage } from './controls';
import { discussion, quizList } from './debrief-parts';
import { scanPanel } from './scan';
import './classroom.css';

// The pasted text is kept on the teacher's device until cleared (a reload must not lose it).
const PASTED_KEY = 'iw.debrief';

/** What the debrief page holds while the app runs: held by the classroom (index.ts) across visits. */
export interface DebriefView {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** The text last read, kept on the device too. */
  pasted: string;
  projector: boolean;
  /** The class code the teacher picked, or null for every class. */
  picked: string | null;
}

/** A new view: the text pasted on this device before, if any. */
export function debriefView(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): DebriefView {
  return { storage, pasted: storage.getItem(PASTED_KEY) ?? '', projector: false, picked: null };
}

function keepPasted(view: DebriefView, text: string): void {
  view.pasted = text;
  if (text) view.storage.setItem(PASTED_KEY, text);
  else view.storage.removeItem(PASTED_KEY);
}

const seatList = (seats: number[]) => (seats.length ? seats.map((n) => num(n)).join(', ') : '–');

/** Who handed in, per class code (seats only, never names), with a picker when there are several. */
function rosterSection(
  view: DebriefView,
  content: Content,
  classes: ClassRoster[],
  redraw: () => void,
): HTMLElement | null {
  if (classes.length === 0) return null;
  const picker =
    classes.length > 1
      ? el(
          'select',
          { id: 'debrief-class', attrs: { 'data-action': 'pick-class' } },
          el('option', { attrs: { value: '' } }, t('classroom.debrief.allClasses')),
          ...classes.map((c) =>
            el('option', { attrs: { value: c.classCode } }, formatSessionCode(c.classCode)),
          ),
        )
      : null;
  if (picker) {
    picker.value = view.picked ?? '';
    picker.addEventListener('change', () => {
      view.picked = picker.value || null;
      redraw();
    });
  }
  const shown = classes.filter((c) => view.picked === null || c.classCode === view.picked);
  return el(
    'section',
    { className: 'card debrief-roster' },
    el('h2', {}, t('classroom.debrief.roster')),
    picker
      ? el(
          'div',
          { className: 'class-field no-print' },
          el('label', { attrs: { for: 'debrief-class' } }, t('classroom.debrief.pickClass')),
          picker,
        )
      : null,
    ...shown.map((c) =>
      el(
        'div',
        { className: 'debrief-class', attrs: { 'data-class': c.classCode } },
        el('h3', {}, t('classroom.debrief.classCode', { code: formatSessionCode(c.classCode) })),
        el(
          'table',
          {},
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              el('th', {}, t('classroom.debrief.levelHead')),
              el('th', {}, t('classroom.debrief.handedIn')),
              el('th', {}, t('classroom.debrief.missing')),
            ),
          ),
          el(
            'tbody',
            {},
            ...c.levels.map((id, i) =>
              el(
                'tr',
                { attrs: { 'data-level': id } },
                el('th', { attrs: { scope: 'row' } }, loc(content.levels.get(id)?.title) || id),
                el('td', { attrs: { 'data-seats': c.handedIn[i]!.join(' ') } }, seatList(c.handedIn[i]!)),
                el('td', { attrs: { 'data-missing': c.missing[i]!.join(' ') } }, seatList(c.missing[i]!)),
              ),
            ),
          ),
        ),
        c.noSeat ? el('p', { className: 'muted' }, t('classroom.debrief.noSeat', { count: c.noSeat })) : null,
      ),
    ),
  );
}

function kindOf(level: Level | undefined, regId: string): RegistrationKind {
  return (
    level?.registrations.find((r) => r.id === regId)?.kind ?? (regId.includes('urban') ? 'urban' : 'rural')
  );
}

function regLabel(level: Level | undefined, regId: string): string {
  const reg = level?.registrations.find((r) => r.id === regId);
  return reg ? loc(reg.name) : regId;
}

function stat(name: string, label: string, value: number): HTMLElement {
  return el(
    'div',
    { className: 'debrief-stat' },
    el('span', { className: 'debrief-num', attrs: { 'data-stat': name } }, num(value)),
    el('span', {}, label),
  );
}

function levelSection(d: LevelDebrief, level: Level | undefined, content: Content): HTMLElement {
  const regs = d.registrations;
  const series = (values: (reg: string) => number[]): Series[] =>
    regs.map((r) => ({ label: regLabel(level, r), kind: kindOf(level, r), values: values(r) }));
  const ranges = (edges: number[], f: (n: number) => string) =>
    edges.slice(0, -1).map((e, i) => `${f(e)}–${f(edges[i + 1]!)}`);
  const walls = d.walls.slice(0, 5);
  const wallName = (key: string) => {
    const [venue = '', action = ''] = key.split('/');
    return level ? `${actionName(level, venue, action)} · ${wallPlace(level, venue)}` : key;
  };
  const tops = d.topWalls;
  const lives = el(
    'table',
    { className: 'debrief-lives' },
    el('caption', {}, t('classroom.debrief.livesCaption')),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', {}, t('classroom.debrief.regHead')),
        ...['students', 'months', 'perMonth', 'health', 'family', 'wallsMet', 'ends'].map((k) =>
          el('th', { attrs: { scope: 'col' } }, t(`classroom.debrief.life.${k}`)),
        ),
      ),
    ),
    el(
      'tbody',
      {},
      ...d.lives.map((l) =>
        el(
          'tr',
          { attrs: { 'data-reg': kindOf(level, l.registrationId) } },
          el('th', { attrs: { scope: 'row' } }, regLabel(level, l.registrationId)),
          el('td', {}, num(l.students)),
          el(
            'td',
            { attrs: { 'data-months': String(l.months ?? '') } },
            l.months === null ? '–' : num(Math.round(l.months * 10) / 10),
          ),
          el('td', {}, l.moneyPerMonth === null ? '–' : money(Math.round(l.moneyPerMonth))),
          el(
            'td',
            {},
            num(Math.round(l.health)),
            l.healthZero ? ` (${t('classroom.debrief.life.healthZero', { count: l.healthZero })})` : '',
          ),
          el('td', {}, num(Math.round(l.family))),
          el('td', {}, num(Math.round(l.walls * 10) / 10)),
          el(
            'td',
            { attrs: { 'data-ends': JSON.stringify(l.ends) } },
            Object.entries(l.ends)
              .map(([reason, n]) => `${t(`classroom.debrief.end.${reason}`)}: ${num(n)}`)
              .join(' · '),
          ),
        ),
      ),
    ),
  );
  return el(
    'section',
    { className: 'card debrief-level', attrs: { 'data-level': d.levelId } },
    el('h2', {}, level ? loc(level.title) : d.levelId),
    el(
      'div',
      { className: 'debrief-stats' },
      stat('level-students', t('classroom.debrief.levelStudents'), d.students),
      ...regs.map((r) => stat(`reg-${kindOf(level, r)}`, regLabel(level, r), d.byRegistration[r] ?? 0)),
    ),
    el('h3', {}, t('classroom.debrief.outcomes')),
    el(
      'div',
      { className: 'chart-row' },
      barChart({
        caption: t('classroom.debrief.goalsCaption', { count: d.goalCount }),
        categoryHead: t('classroom.debrief.goalsHead'),
        categories: d.goals.edges
          .slice(0, -1)
          .map((e) => t('classroom.debrief.goalsOf', { n: e, total: d.goalCount })),
        series: series((r) => d.goals.counts[r] ?? []),
      }),
      barChart({
        caption: t('classroom.debrief.moneyCaption'),
        categoryHead: t('classroom.debrief.moneyHead'),
        categories: ranges(d.money.edges, money),
        series: series((r) => d.money.counts[r] ?? []),
      }),
    ),
    lives,
    el('h3', {}, t('classroom.debrief.walls')),
    tops.length
      ? el(
          'p',
          { className: 'debrief-top-wall', attrs: { 'data-tied': String(tops.length) } },
          t(tops.length > 1 ? 'classroom.debrief.topWallsTied' : 'classroom.debrief.topWall', {
            wall: tops.map((w) => wallName(w.key)).join(t('classroom.debrief.and')),
          }),
          ' ',
          el('strong', { attrs: { 'data-stat': 'top-wall' } }, num(tops[0]!.students)),
        )
      : el(
          'p',
          { className: 'muted' },
          // Class result codes count the walls a student met without naming them.
          t(
            d.lives.some((l) => l.walls > 0) ? 'classroom.debrief.wallsUnnamed' : 'classroom.debrief.noWalls',
          ),
        ),
    walls.length
      ? barChart({
          caption: t('classroom.debrief.wallsCaption'),
          categoryHead: t('classroom.debrief.wallHead'),
          categories: walls.map((w) => wallName(w.key)),
          series: series((r) => walls.map((w) => w.byRegistration[r] ?? 0)),
          horizontal: true,
        })
      : null,
    el('h3', {}, t('classroom.debrief.twin')),
    el('p', {}, t('classroom.debrief.twinIntro', { n: d.twin.students })),
    el(
      'div',
      { className: 'chart-row' },
      barChart({
        caption: t('classroom.debrief.twinMoneyCaption'),
        categoryHead: t('classroom.debrief.twinHead'),
        categories: [t('classroom.debrief.meanGap')],
        series: series((r) => [Math.round(d.twin.money.meanByRegistration[r] ?? 0)]),
        format: (n) => `${n > 0 ? '+' : ''}${money(n)}`,
      }),
      barChart({
        caption: t('classroom.debrief.twinGoalsCaption'),
        categoryHead: t('classroom.debrief.twinHead'),
        categories: [t('classroom.debrief.meanGap')],
        series: series((r) => [Math.round((d.twin.goals.meanByRegistration[r] ?? 0) * 10) / 10]),
        format: (n) => `${n > 0 ? '+' : ''}${num(n)}`,
      }),
    ),
    ...reformPart(d, level, content, wallName),
  );
}

/** What each reform lens would have changed, over the students whose codes carry it. */
function reformPart(
  d: LevelDebrief,
  level: Level | undefined,
  content: Content,
  wallName: (key: string) => string,
): HTMLElement[] {
  if (d.reforms.length === 0) return [];
  const regs = d.registrations.filter((r) => d.reforms.some((f) => f.byRegistration[r]));
  const round = (x: number) => Math.round(x * 10) / 10;
  return [
    el('h3', {}, t('classroom.debrief.reforms')),
    el('p', {}, t('classroom.debrief.reformsIntro')),
    ...d.reforms.map((f) => {
      const name = loc(content.policies.get(f.policyId)?.name) || f.policyId;
      return el(
        'div',
        { className: 'debrief-reform', attrs: { 'data-policy': f.policyId } },
        barChart({
          caption: t('classroom.debrief.reformGoalsCaption', { reform: name }),
          categoryHead: t('classroom.debrief.goalsHead'),
          categories: [t('classroom.debrief.asPlayed'), t('classroom.debrief.underReform')],
          series: regs.map((r) => ({
            label: regLabel(level, r),
            kind: kindOf(level, r),
            values: [
              round(f.byRegistration[r]?.goalsToday ?? 0),
              round(f.byRegistration[r]?.goalsUnder ?? 0),
            ],
          })),
          format: (n) => num(n),
        }),
        el(
          'p',
          { className: 'debrief-reform-fell', attrs: { 'data-fell': String(f.wallsFellFor) } },
          f.fell.length
            ? t('classroom.debrief.reformFell', {
                count: f.wallsFellFor,
                walls: f.fell
                  .map((w) => `${wallName(w.key)} (${num(w.students)})`)
                  .join(t('classroom.debrief.and')),
              })
            : t('classroom.debrief.reformFellNone'),
          ' ',
          t('classroom.debrief.reformShrank', { count: f.shrank, n: f.students }),
        ),
      );
    }),
  ];
}

function quizSection(d: LevelDebrief): HTMLElement | null {
  if (!d.quiz.some((q) => q.answeredBefore || q.answeredAfter)) return null;
  const pct = (x: number | null) => Math.round((x ?? 0) * 100);
  return el(
    'section',
    { className: 'card debrief-quiz' },
    el('h2', {}, t('classroom.debrief.quiz')),
    barChart({
      caption: t('classroom.debrief.quizCaption'),
      categoryHead: t('classroom.debrief.questionHead'),
      categories: d.quiz.map((q) => t('classroom.quiz.short', { n: q.question + 1 })),
      series: [
        {
          label: t('classroom.debrief.before'),
          kind: 'before',
          values: d.quiz.map((q) => pct(q.shareBefore)),
        },
        { label: t('classroom.debrief.after'), kind: 'after', values: d.quiz.map((q) => pct(q.shareAfter)) },
      ],
      format: (n) => `${n}%`,
    }),
    quizList(d.quiz.map((q) => QUIZ.find((b) => b.fact === q.id)).filter((q): q is QuizQuestion => !!q)),
  );
}

/** The questions a result's answers refer to: its class's (picked by the class's levels), else the general five. */
function quizFor(content: Content) {
  const byClass = new Map<string, { id: string; answer: number }[]>();
  const general = GENERAL_QUIZ.map((q) => ({ id: q.fact, answer: q.answer }));
  return (r: ResultSummary) => {
    if (!isClassSummary(r) || !r.classCode) return general;
    let key = byClass.get(r.classCode);
    if (!key) {
      key = questionsOfClass(r.classCode, (id) => content.levels.get(id)).map((q) => ({
        id: q.fact,
        answer: q.answer,
      }));
      byClass.set(r.classCode, key);
    }
    return key;
  };
}

function results(view: DebriefView, content: Content, all: DebriefInput, redraw: () => void): HTMLElement[] {
  if (view.picked !== null && !all.classes.some((c) => c.classCode === view.picked)) view.picked = null;
  const picked = view.picked;
  const input =
    picked === null ? all : { ...all, results: all.results.filter((r) => r.classCode === picked) };
  const d = aggregate(input.results, { order: content.order, quizFor: quizFor(content) });
  const lang = classLanguage(input);
  const paper = paperOf(
    content,
    input,
    picked,
    d.levels.map((l) => l.levelId),
    lang,
  );
  // The CSV's words are in the class's language, which may not be the page's: its strings load now.
  const langReady = loadLanguage(lang).catch(() => undefined);
  const download = () =>
    void langReady.then(() => {
      const csv = csvIn(content, input.results, lang);
      const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv' }));
      const a = el('a', { href: url, attrs: { download: 'invisible-walls-debrief.csv' } });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
  const withQuiz = d.levels.find((l) => l.quiz.some((q) => q.answeredBefore || q.answeredAfter));
  return [
    printHead(paper),
    worksheet(paper),
    el(
      'section',
      { className: 'card debrief-summary' },
      el(
        'div',
        { className: 'debrief-stats' },
        stat('students', t('classroom.debrief.students'), d.students),
        stat('duplicates', t('classroom.debrief.duplicates'), input.duplicates),
        stat('invalid', t('classroom.debrief.invalid'), input.invalid.length),
      ),
      input.invalid.length
        ? disclosure(
            t('classroom.debrief.invalidList'),
            { className: 'debrief-invalid' },
            el(
              'ul',
              {},
              ...input.invalid.map((x) =>
                el(
                  'li',
                  {},
                  el('code', {}, x.code.length > 48 ? `${x.code.slice(0, 48)}…` : x.code),
                  ` ${t(`classroom.codeError.${x.error}`, { defaultValue: x.error })}`,
                ),
              ),
            ),
          )
        : null,
      el(
        'div',
        { className: 'row no-print' },
        iconButton('share', t('classroom.debrief.csv'), download, 'btn', { 'data-action': 'csv' }),
        iconButton('book', t('classroom.debrief.printRecord'), () => printAs('record'), 'btn', {
          'data-action': 'print-record',
        }),
        iconButton('book', t('classroom.debrief.printWorksheet'), () => printAs('worksheet'), 'btn', {
          'data-action': 'print-worksheet',
        }),
      ),
    ),
    rosterSection(view, content, all.classes, redraw),
    ...(d.students === 0 ? [el('p', { className: 'notice' }, t('classroom.debrief.none'))] : []),
    ...d.levels.map((l) => levelSection(l, content.levels.get(l.levelId), content)),
    withQuiz ? quizSection(withQuiz) : null,
    d.students ? discussion() : null,
  ].filter((x): x is HTMLElement => x !== null);
}

/** The class's language: the picked class's, or the one all the classes share, else the page's. */
function classLanguage(input: DebriefInput): SessionLanguage {
  const langs = new Set(
    input.classes.map((c) => decodeSession(c.classCode)).flatMap((d) => (d.ok ? [d.session.lang] : [])),
  );
  return langs.size === 1 ? [...langs][0]! : language();
}

/** The CSV with labelled columns, level, registration, end and wall names in the class's language. */
function csvIn(content: Content, results: readonly ResultSummary[], lang: SessionLanguage): string {
  const tt = translatorFor(lang);
  const text = (x: { en: string; 'zh-Hans'?: string } | undefined) => (x ? (x[lang] ?? x.en) : '');
  const keyOf = quizFor(content);
  return classCsv(results, {
    column: (c) => tt(`classroom.csv.${c}`),
    level: (id) => text(content.levels.get(id)?.title) || id,
    registration: (levelId, regId) =>
      text(content.levels.get(levelId)?.registrations.find((r) => r.id === regId)?.name) || regId,
    ended: (reason) => tt(`classroom.debrief.end.${reason}`),
    wall: (levelId, key) => {
      const level = content.levels.get(levelId);
      const [venue = '', action = ''] = key.split('/');
      const v = level?.venues.find((x) => x.id === venue);
      const a = v?.actions.find((x) => x.id === action);
      if (v && a) return `${text(a.name)} (${text(v.name)})`;
      const card = level?.events.find((e) => e.id === venue);
      const choice = card?.choices?.find((c) => c.id === action);
      return card && choice ? `${text(choice.label)} (${text(card.title)})` : key;
    },
    key: (r) => keyOf(r).map((q) => q.answer),
    joiner: lang === 'zh-Hans' ? '；' : '; ',
  });
}

/** Prints the teacher record (the results) or the student worksheet; the choice (<html data-print>) lasts the print. */
function printAs(kind: 'record' | 'worksheet'): void {
  document.documentElement.dataset.print = kind;
  window.addEventListener(
    'afterprint',
    () => {
      delete document.documentElement.dataset.print;
    },
    { once: true },
  );
  window.print();
}

function today(lang: SessionLanguage): string {
  return new Intl.DateTimeFormat(lang === 'zh-Hans' ? 'zh-CN' : 'en-GB', { dateStyle: 'long' }).format(
    new Date(),
  );
}

/** What the printed record and worksheet say the class is. */
interface Paper {
  content: Content;
  /** The class codes shown (the picked one, or all). */
  codes: string[];
  levels: string[];
  /** The levels' titles, joined. */
  levelTitles: string;
  lang: SessionLanguage;
}

function paperOf(
  content: Content,
  input: DebriefInput,
  picked: string | null,
  levels: string[],
  lang: SessionLanguage,
): Paper {
  return {
    content,
    codes: input.classes.filter((c) => picked === null || c.classCode === picked).map((c) => c.classCode),
    levels,
    levelTitles: levels.map((id) => loc(content.levels.get(id)?.title) || id).join(' · ') || '–',
    lang,
  };
}

/** The record's head on paper: date, class code(s), level(s), language. */
function printHead({ codes, levelTitles, lang }: Paper): HTMLElement {
  return el(
    'div',
    { className: 'print-head print-only' },
    el('p', {}, el('strong', {}, t('classroom.print.date')), ' ', today(lang)),
    el(
      'p',
      {},
      el('strong', {}, t('classroom.print.class')),
      ' ',
      codes.map(formatSessionCode).join(', ') || '–',
    ),
    el('p', {}, el('strong', {}, t('classroom.print.level')), ' ', levelTitles),
    el('p', {}, el('strong', {}, t('classroom.print.language')), ' ', t(`classroom.print.lang.${lang}`)),
  );
}

/** One page a student fills in: the wall that hurt most, you vs your twin, the reform lens, one question. */
function worksheet({ content, codes, levels, levelTitles, lang }: Paper): HTMLElement {
  const code = codes[0];
  const line = () => el('span', { className: 'ws-line' });
  const box = (heading: string, prompt: string, ...extra: (HTMLElement | null)[]) =>
    el(
      'section',
      { className: 'ws-box' },
      el('h2', {}, heading),
      el('p', {}, prompt),
      ...extra,
      line(),
      line(),
    );
  const level = content.levels.get(levels[0] ?? '');
  const policies = (level?.policies ?? [])
    .filter((id) => id !== 'status-quo')
    .map((id) => loc(content.policies.get(id)?.name) || id);
  return el(
    'div',
    { className: 'worksheet print-only' },
    el('h1', {}, t('classroom.worksheet.heading')),
    el(
      'p',
      { className: 'ws-meta' },
      t('classroom.worksheet.meta', {
        code: code ? formatSessionCode(code) : '–',
        level: levelTitles,
        date: today(lang),
      }),
      ' ',
      t('classroom.worksheet.seat'),
    ),
    box(t('classroom.worksheet.wallHeading'), t('classroom.worksheet.wall')),
    box(
      t('classroom.worksheet.twinHeading'),
      t('classroom.worksheet.twin'),
      el(
        'table',
        { className: 'ws-table' },
        el(
          'tr',
          {},
          el('th', {}, ''),
          el('th', {}, t('classroom.worksheet.you')),
          el('th', {}, t('classroom.worksheet.yourTwin')),
        ),
        ...['goals', 'money', 'health', 'family'].map((k) =>
          el('tr', {}, el('th', {}, t(`classroom.worksheet.row.${k}`)), el('td', {}, ''), el('td', {}, '')),
        ),
      ),
    ),
    box(
      t('classroom.worksheet.lensHeading'),
      t('classroom.worksheet.lens', { reforms: policies.join(t('classroom.debrief.and')) || '–' }),
    ),
    box(t('classroom.worksheet.questionHeading'), t('classroom.discuss.city.q1')),
  );
}

export function renderDebrief(
  root: HTMLElement,
  content: Content,
  back: () => void,
  view: DebriefView,
): void {
  const input = el('textarea', {
    id: 'debrief-input',
    className: 'debrief-input',
    attrs: { rows: '8', spellcheck: 'false', placeholder: t('classroom.debrief.placeholder') },
  });
  input.value = view.pasted;
  const out = el('div', { className: 'debrief-results', attrs: { 'aria-live': 'polite' } });
  const resolve = (levelId: string, kind: RegistrationKind) =>
    registrationIdFor(content.levels.get(levelId)?.registrations ?? [], kind) ?? kind;
  const keysOf = (levelId: string) => {
    const level = content.levels.get(levelId);
    return level ? { walls: classWallKeys(level), policies: level.policies } : undefined;
  };
  const show = () => {
    keepPasted(view, input.value);
    const parsed = view.pasted.trim() ? parseDebriefInput(view.pasted, resolve, keysOf) : null;
    const draw = () => out.replaceChildren(...(parsed ? results(view, content, parsed, draw) : []));
    draw();
  };
  const scanner = scanPanel((codes) => {
    const now = input.value;
    input.value = `${now}${now && !now.endsWith('\n') ? '\n' : ''}${codes.join('\n')}\n`;
    show();
  });
  // Leaving the page stops the camera.
  window.addEventListener('hashchange', scanner.close, { once: true });
  const clear = () => {
    input.value = '';
    view.picked = null;
    show();
    input.focus();
  };
  const page = projectorPage(
    'debrief-page',
    view,
    back,
    { className: 'btn btn-back' },
    el('h1', {}, t('classroom.debrief.heading')),
    el('p', { className: 'lead no-print' }, t('classroom.debrief.intro')),
    el(
      'div',
      { className: 'debrief-paste no-print' },
      el('label', { attrs: { for: 'debrief-input' } }, t('classroom.debrief.paste')),
      input,
      el(
        'div',
        { className: 'row' },
        button(t('classroom.debrief.read'), show, 'btn btn-primary', { 'data-action': 'read' }),
        button(t('classroom.debrief.clear'), clear, 'btn', { 'data-action': 'clear' }),
      ),
      el('h2', {}, t('classroom.scan.heading')),
      scanner.panel,
    ),
    out,
  );
  root.replaceChildren(page);
  if (view.pasted.trim()) show();
  input.focus();
}
