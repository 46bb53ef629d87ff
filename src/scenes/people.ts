// People on the map, cheaply. Standing figures (a queue at the offices, children at the school
// gate, neighbours by the homes) are drawn with the buildings, so they are baked into the still
// map and cost nothing per frame. A few strollers walk the streets as plain <img>s inside the
// baked layer, moved by CSS animations the compositor runs on its own (none under reduced motion).
import type Phaser from 'phaser';
import { loadArtManifest } from '../platform/art';
import type { Level, Venue, VenueKind } from '../rules/types';
import { MARGIN } from './bake';
import { doorOf, TILE } from './city-map';
import './people.css';

export const PEOPLE_KEYS = [
  'person-a',
  'person-b',
  'person-c',
  'person-d',
  'person-elder',
  'child-a',
  'child-b',
] as const;

type Spot = [key: (typeof PEOPLE_KEYS)[number], dx: number, dy: number];
const ADULT: [number, number] = [28, 42];
const CHILD: [number, number] = [21, 31];

/** Who stands by which kinds of building, relative to the door; any other kind has no one. */
const CROWDS: readonly { kinds: readonly VenueKind[]; spots: readonly Spot[] }[] = [
  {
    kinds: ['permit-office', 'hukou-desk', 'points-office', 'insurance-bureau', 'civil-service'],
    spots: [
      ['person-b', -36, 10],
      ['person-elder', -54, 12],
      ['person-a', -72, 14],
    ],
  },
  {
    kinds: ['public-school', 'migrant-school', 'boarding-school'],
    spots: [
      ['child-a', 38, 12],
      ['child-b', 52, 14],
      ['person-d', 66, 12],
    ],
  },
  {
    kinds: ['urban-village', 'public-rental', 'formal-lease', 'village-home'],
    spots: [
      ['person-c', -40, 12],
      ['person-elder', -56, 12],
    ],
  },
  {
    kinds: ['clinic', 'hospital'],
    spots: [
      ['person-elder', 40, 12],
      ['person-b', 56, 12],
    ],
  },
  { kinds: ['factory', 'construction', 'delivery'], spots: [['person-d', 42, 12]] },
];

function crowd(v: Venue): readonly Spot[] {
  return CROWDS.find((c) => c.kinds.includes(v.kind))?.spots ?? [];
}

/** Adds the standing figures to the scene (call before the still layer is made, so they bake). */
export function drawPeople(scene: Phaser.Scene, level: Level): void {
  const W = level.city.width * TILE;
  for (const v of level.venues) {
    const door = doorOf(v);
    for (const [key, dx, dy] of crowd(v)) {
      if (!scene.textures.exists(key)) continue;
      const x = door.x + dx;
      if (x < 12 || x > W - 12) continue;
      const [w, h] = key.startsWith('child') ? CHILD : ADULT;
      scene.add
        .image(x, door.y + dy, key)
        .setOrigin(0.5, 1)
        .setDisplaySize(w, h)
        .setDepth(1);
    }
  }
}

/** A few figures strolling along the streets between districts. */
export class Strollers {
  readonly element = document.createElement('div');

  constructor(level: Level) {
    this.element.className = 'strollers';
    this.element.setAttribute('aria-hidden', 'true');
    // Along the streets at districts' top and left edges (the map's outer edge has none).
    const streets = [
      ...level.districts
        .filter((d) => d.y > 0 && d.w >= 3)
        .map((d) => ({ x: d.x * TILE + 40, y: d.y * TILE + 6, dx: d.w * TILE - 80, dy: 0 })),
      ...level.districts
        .filter((d) => d.x > 0 && d.h >= 3)
        .map((d) => ({ x: d.x * TILE, y: d.y * TILE + 60, dx: 0, dy: d.h * TILE - 100 })),
    ];
    const keys = ['person-a', 'child-a', 'person-c'] as const;
    const picked = streets.slice(0, 3);
    void loadArtManifest()
      .then((art) => {
        picked.forEach((s, i) => {
          const key = keys[i % keys.length]!;
          const url = art.find((e) => e.key === key)?.url;
          if (!url) return;
          const [w, h] = key.startsWith('child') ? CHILD : ADULT;
          const walker = document.createElement('div');
          walker.className = 'stroller';
          Object.assign(walker.style, {
            left: `${s.x + MARGIN - w / 2}px`,
            top: `${s.y + MARGIN - h}px`,
            animationDuration: `${Math.round((s.dx + s.dy) / 14)}s`,
            animationDelay: `${-i * 4}s`,
          });
          walker.style.setProperty('--sx', `${Math.round(s.dx)}px`);
          walker.style.setProperty('--sy', `${Math.round(s.dy)}px`);
          const img = document.createElement('img');
          img.src = url;
          img.alt = '';
          img.width = w;
          img.height = h;
          walker.append(img);
          this.element.append(walker);
        });
      })
      .catch(() => {});
  }

  /** The baked layer is drawn at the map's zoom; the strollers follow it. */
  setZoom(zoom: number): void {
    this.element.style.transform = `scale(${zoom})`;
  }
}
