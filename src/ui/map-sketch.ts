// The city's map as plain DOM, shown the moment a run opens, before Phaser, the scenes and the
// level's art have loaded (docs/performance.md): districts as tinted blocks with their names,
// streets between them, each place as a coloured door with its name. A tap on a place goes
// there as the places list does (the list stays the keyboard and screen-reader way; this sketch
// is aria-hidden). It is fitted into the box the HUD and the places list leave free, as the
// Phaser map is, and removed once that map has drawn its first frame with the avatar on it.
import type { Level } from '../rules/types';
import { el } from './dom';
import { GROUND, ROOF, TILE, venueGroup } from './palette';

export interface SketchOptions {
  insets(): { top: number; right: number; bottom: number };
  label(venueId: string): string;
  districtLabel(districtId: string): string;
  go(venueId: string): void;
  /** Where the player stands now. */
  at(): string;
}

export interface MapSketch {
  element: HTMLElement;
  /** Refits to the window and redraws the labels (a language change). */
  redraw(): void;
  destroy(): void;
}

const hex = (c: number) => `#${c.toString(16).padStart(6, '0')}`;

export function mapSketch(level: Level, opts: SketchOptions): MapSketch {
  const element = el('div', { className: 'map-sketch', attrs: { 'aria-hidden': 'true' } });
  const W = level.city.width * TILE;
  const H = level.city.height * TILE;
  const px = (v: number) => `${Math.round(v)}px`;

  const redraw = () => {
    const inset = opts.insets();
    const vw = Math.max(120, Math.round(window.innerWidth - inset.right));
    const vh = Math.max(120, Math.round(window.innerHeight - inset.top - inset.bottom));
    Object.assign(element.style, { top: px(inset.top), width: px(vw), height: px(vh) });
    const zoom = Math.min(vw / (W + TILE / 2), vh / (H + TILE / 2));
    // Too small for names (a phone): the colours and doors show, the places list names them.
    element.classList.toggle('small', zoom < 0.5);
    const ground = el('div', { className: 'sketch-ground' });
    Object.assign(ground.style, {
      left: px((vw - W * zoom) / 2),
      top: px((vh - H * zoom) / 2),
      width: px(W * zoom),
      height: px(H * zoom),
    });
    level.districts.forEach((d, i) => {
      const pad = 10 * zoom;
      const block = el('div', { className: 'sketch-district' }, el('span', {}, opts.districtLabel(d.id)));
      Object.assign(block.style, {
        left: px(d.x * TILE * zoom + pad),
        top: px(d.y * TILE * zoom + pad),
        width: px(d.w * TILE * zoom - 2 * pad),
        height: px(d.h * TILE * zoom - 2 * pad),
        background: hex(GROUND[i % GROUND.length]!),
      });
      ground.append(block);
    });
    for (const v of level.venues) {
      const door = el('div', {
        className: `sketch-venue${v.id === opts.at() ? ' here' : ''}`,
        attrs: { 'data-venue': v.id },
      });
      const roof = el('span', { className: 'sketch-roof' });
      roof.style.background = hex(ROOF[venueGroup(v)] ?? 0x0072b2);
      door.append(roof, el('span', { className: 'sketch-label' }, opts.label(v.id)));
      Object.assign(door.style, { left: px((v.x + 0.5) * TILE * zoom), top: px((v.y + 0.5) * TILE * zoom) });
      door.addEventListener('click', () => opts.go(v.id));
      ground.append(door);
    }
    element.replaceChildren(ground);
  };
  const onResize = () => redraw();
  window.addEventListener('resize', onResize);
  redraw();
  return {
    element,
    redraw,
    destroy() {
      window.removeEventListener('resize', onResize);
      element.remove();
    },
  };
}
