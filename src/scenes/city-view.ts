// The seam between the DOM game and the Phaser map: one small interface each way.
import type { Level } from '../rules/types';
import type { RunStore } from '../store/store';

/** What the map can do for the game. */
export interface CityView {
  /** Walks the avatar to a venue's door; resolves on arrival. */
  walkTo(venue: string): Promise<void>;
  /** Keyboard walking: a direction held (-1, 0, 1 on each axis). */
  setHeading(dx: number, dy: number): void;
  /** The venue whose door the avatar stands at, if any (for Enter / Space). */
  nearVenue(): string | null;
  relabel(): void;
  /** A wall at a venue: a barrier closes across its door for a moment. */
  wall(venue: string): void;
  /** The wall's panel closed: the barrier lifts after a moment. */
  wallDone(): void;
  /** Refits the map after the overlay changed size. */
  relayout(): void;
  destroy(): void;
}

/** What the map tells the game: the avatar reached a door by free walking or a tap. */
export interface CityHooks {
  arrive(venue: string): void;
  progress(fraction: number): void;
  ready(): void;
}

export interface CityOptions {
  parent: HTMLElement;
  store: RunStore;
  level: Level;
  hooks: CityHooks;
  reducedMotion: () => boolean;
  label: (venueId: string) => string;
  districtLabel: (districtId: string) => string;
  /** Screen pixels the DOM overlay covers on each side; the map is fitted into the rest. */
  insets: () => { top: number; right: number; bottom: number };
}
