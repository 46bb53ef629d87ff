// The play order of the shipped levels, in a module of its own that imports nothing: the class
// code (classroom/session.ts) reads it on the title, which must not load the content checks
// (load.ts pulls in zod and the schemas, ~25 KB gz).
/**
 * The play order of the shipped levels; any other level follows them, by id. Class codes name a
 * level by its place here (`SESSION_LEVELS` in classroom/session.ts): a new level goes at the end.
 */
export const LEVEL_ORDER: readonly string[] = [
  'tutorial',
  'factory-city',
  'megacity',
  'capital',
  'small-city',
  'hometown',
  'reform-city',
];
