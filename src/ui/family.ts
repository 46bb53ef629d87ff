// The level's family on screen: portraits, the one-screen introduction before the city, and
// the small chip in which a family member reacts to a wall, an event or a goal.
import { type Face, type FamilyMember, portraitKey, type Reaction, storyOf } from '../content/story';
import { loc, t } from '../i18n';
import type { Level, LevelRegistration, Localized } from '../rules/types';
import { anyDialogOpen } from './dialog';
import { el, iconButton } from './dom';
import { applyArt } from './lottery';
import './family.css';

/** A member's line, led by their name unless the line already says it. */
export function spoken(member: FamilyMember, line: Localized): string {
  const name = loc(member.name);
  const text = loc(line);
  return text.includes(name) ? text : t('family.says', { name, line: text });
}

/** A member's portrait in one expression; alt text names them, or "" where the name is beside it. */
export function portrait(
  member: FamilyMember,
  face: Face,
  size: number,
  decorative = true,
): HTMLImageElement {
  const img = el('img', {
    className: 'portrait',
    attrs: {
      'data-art': portraitKey(member.portrait, face),
      width: String(size),
      height: String(size),
      alt: decorative
        ? ''
        : t('family.portraitAlt', {
            name: loc(member.name),
            role: loc(member.role),
            face: t(`family.face.${face}`),
          }),
    },
  });
  return img;
}

/** The family, one screen: who they are and what they hope for. Skipped for a level without one. */
export function renderFamilyIntro(
  root: HTMLElement,
  level: Level,
  reg: LevelRegistration,
  start: () => void,
): boolean {
  const { family } = storyOf(level);
  if (family.length === 0) return false;
  const city = loc(level.city.name);
  root.replaceChildren(
    el(
      'div',
      { className: 'screen screen-family' },
      el('h1', { id: 'family-heading' }, t('family.introHeading')),
      el('p', { className: 'lead' }, t('family.introLead', { city, reg: loc(reg.name) })),
      el(
        'ul',
        { className: 'family-list', attrs: { 'aria-labelledby': 'family-heading' } },
        ...family.map((m) =>
          el(
            'li',
            { className: 'family-member' },
            portrait(m, 'hopeful', 96),
            el(
              'div',
              {},
              el(
                'h2',
                { className: 'family-name' },
                loc(m.name),
                el('span', { className: 'family-role' }, loc(m.role)),
              ),
              el('p', {}, loc(m.intro)),
            ),
          ),
        ),
      ),
      el('p', { className: 'muted family-composite' }, t('family.epilogueComposite')),
      iconButton('arrow', t('family.introStart', { city }), start, 'btn btn-primary btn-big', {
        'data-autofocus': '',
      }),
    ),
  );
  void applyArt(root);
  root.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  return true;
}

/**
 * The reaction chip over the map: a face and one line, shown for a few seconds (held still under
 * reduced motion). It is a polite live region of its own, so the line is read after the toast.
 */
export function reactionChip(
  reducedMotion: () => boolean,
  /** Where the chip sits, in px from the top of the overlay (just under the HUD). */
  top: () => number,
): {
  node: HTMLElement;
  show(reaction: Reaction, member: FamilyMember): void;
} {
  const node = el('div', {
    className: 'family-chip',
    role: 'status',
    id: 'family-chip',
    attrs: { 'aria-live': 'polite' },
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    node,
    show(reaction, member) {
      clearTimeout(timer);
      // A panel (wall, month end) covers the map: the face waits until it closes.
      if (anyDialogOpen()) {
        timer = setTimeout(() => this.show(reaction, member), 250);
        return;
      }
      node.replaceChildren(portrait(member, reaction.face, 48), el('p', {}, spoken(member, reaction.line)));
      node.dataset.face = reaction.face;
      node.style.top = `${Math.round(top() + 8)}px`;
      void applyArt(node);
      node.classList.remove('show', 'still');
      void node.offsetWidth; // restart the entrance
      node.classList.add('show');
      if (reducedMotion()) node.classList.add('still');
      timer = setTimeout(() => node.classList.remove('show', 'still'), 7000);
    },
  };
}
