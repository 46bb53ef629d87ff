// The classroom in the app: the teacher, debrief and guide pages, "Join a class" on the title,
// joining a class (the app's flow decides when: app/flow.ts), and the way on from each class
// level's outcome.

import { t } from '../../i18n';
import type { Ctx } from '../../platform/context';
import type { Routes } from '../../platform/routes';
import type { CodeError } from '../../share/envelope';
import type { RunStore } from '../../store/store';
import { el } from '../../ui/dom';
import type { OutcomeSlots } from '../../ui/outcome';
import type { ClassSession } from '../session';
import type { DebriefView } from './debrief';
import type { ClassApp, Joined } from './student';
import type { TeacherForm } from './teacher';

export type { ClassApp };

export interface Classroom {
  /** The classroom's pages over the game: #/teacher, #/debrief, #/guide. */
  routes: Routes;
  /**
   * Fills the title's slot under its buttons with "Join a class" (a code field and a button);
   * `error`: the code last typed or linked could not be read (it stays in the field, and why).
   */
  decorateTitle(
    slot: HTMLElement,
    error: { error: CodeError; typed: string } | null,
    join: (code: string) => void,
  ): void;
  /** Fills the outcome's slot under its heading with the class's way on (a class level only). */
  decorateOutcome(slots: OutcomeSlots, c: Ctx, store: RunStore): void;
  /** Joins the class: the questions before, then its levels (student.ts). */
  joinClass(code: string, session: ClassSession): Promise<void>;
}

const back = () => (history.length > 1 ? history.back() : location.assign('#'));

// The pages and the class play load when first opened, not with the title (docs/performance.md).
type Student = typeof import('./student');

export function installClassroom(app: ClassApp): Classroom {
  /** Loaded once a class is joined; until then no outcome belongs to a class. */
  let student: Student | null = null;
  // What the class pages hold while the app runs (made when a page first opens): the class this
  // device plays (joined), the teacher's choices, the debrief's pasted text and view.
  const joined: Joined = { active: null };
  let teacher: TeacherForm | null = null;
  let debrief: DebriefView | null = null;
  const routes: Routes = {
    '#/teacher': (root) =>
      void Promise.all([app.ready(), import('./teacher')]).then(([c, m]) => {
        teacher ??= m.teacherForm(app.storage);
        m.renderTeacher(root, c.content, back, teacher);
      }),
    '#/debrief': (root) =>
      void Promise.all([app.ready(), import('./debrief')]).then(([c, m]) => {
        debrief ??= m.debriefView(app.storage);
        m.renderDebrief(root, c.content, back, debrief);
      }),
    '#/guide': (root) => void import('./guide').then((m) => m.renderGuide(root, back)),
  };
  const joinClass = async (code: string, session: ClassSession) => {
    student ??= await import('./student');
    await student.joinClass(app, joined, code, session);
  };

  return {
    routes,
    decorateTitle(slot, titleError, join) {
      const input = el('input', {
        id: 'class-code-input',
        type: 'text',
        attrs: { autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', maxlength: '20' },
      });
      input.value = titleError?.typed ?? '';
      const error = titleError
        ? el(
            'p',
            { className: 'notice', role: 'alert', id: 'class-code-error' },
            t(`classroom.join.error.${titleError.error}`),
          )
        : null;
      if (error) input.setAttribute('aria-describedby', 'class-code-error');
      const form = el(
        'form',
        { className: 'class-join' },
        el('label', { attrs: { for: 'class-code-input' } }, t('classroom.join.label')),
        el(
          'div',
          { className: 'row' },
          input,
          el('button', { className: 'btn', type: 'submit' }, t('classroom.join.button')),
        ),
        error,
      );
      form.addEventListener('submit', (ev) => {
        ev.preventDefault();
        join(input.value);
      });
      slot.replaceChildren(form);
      if (error) input.focus();
    },
    decorateOutcome: (root, c, store) => student?.decorateOutcome(root, app, joined, c, store),
    joinClass,
  };
}
