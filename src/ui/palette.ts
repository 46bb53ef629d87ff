// The map's tile size and colours, shared by the Phaser map (scenes/city-map.ts) and the DOM sketch that
// shows before Phaser has loaded (ui/map-sketch.ts). No Phaser here: the sketch is in the
// first screen's code.
import type { Venue } from '../rules/types';

export const TILE = 64;
/** Okabe–Ito hues, lightened for ground: colour is decoration here, names carry the meaning. */
export const GROUND = [0xf3dfb0, 0xd3e9f5, 0xcfe9dd, 0xf6f0bd, 0xe9d7e3, 0xf1d3bf];
export const ROOF: Record<string, number> = {
  work: 0xe69f00,
  home: 0xcc79a7,
  school: 0x56b4e9,
  health: 0x009e73,
  office: 0x0072b2,
  travel: 0xd55e00,
};
const GROUP: Record<string, keyof typeof ROOF> = {
  factory: 'work',
  construction: 'work',
  delivery: 'work',
  office: 'work',
  'civil-service': 'office',
  'urban-village': 'home',
  'formal-lease': 'home',
  'public-rental': 'home',
  'buy-flat': 'home',
  'public-school': 'school',
  'migrant-school': 'school',
  'boarding-school': 'school',
  clinic: 'health',
  hospital: 'health',
  'hukou-desk': 'office',
  'permit-office': 'office',
  'insurance-bureau': 'office',
  'points-office': 'office',
  'coach-station': 'travel',
  'village-home': 'home',
  farmland: 'work',
};

export function venueGroup(v: Venue): string {
  return GROUP[v.kind] ?? 'office';
}
