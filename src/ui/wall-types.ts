// The shapes a wall panel and a wall moment share: the blocked event and what the panel may call.
import type { GameEvent, RunState } from '../rules/types';

export type Blocked = Extract<GameEvent, { type: 'blocked' }>;

export interface WallHooks {
  goTo(venue: string): void;
  /** The run's state, for the wall's checklist (what you have, ✓/✗). */
  state(): RunState;
}
