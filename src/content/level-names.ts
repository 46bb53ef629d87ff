// The shipped levels' names (title, city, registrations), checked at build time with the levels
// (scripts/checked-content.ts) and delivered apart from them: ~1 KB, where the levels are ~100 KB
// gzipped. A screen that only names a level draws from these at once; the run-link screen is
// painted before the levels have loaded, and its buttons wait for them.
import names from 'virtual:level-names';
import type { Localized } from '../rules/types';

export interface LevelNames {
  title: Localized;
  city: Localized;
  registrations: { id: string; name: Localized }[];
}

export const LEVEL_NAMES: ReadonlyMap<string, LevelNames> = new Map(names);
