// Hash routes (#/sources, #/teacher, …): the pages that sit over the game. The app owns the table
// (its own pages and those the classroom returns from installClassroom); this is its shape.

export type RouteHandler = (root: HTMLElement) => unknown;

/** Hash → page, e.g. "#/teacher" → the teacher's page. */
export type Routes = Readonly<Record<string, RouteHandler>>;

/** The page for an address's hash ("#/debrief?x" is "#/debrief"), if there is one. */
export function routeIn(routes: Routes, hash: string): RouteHandler | undefined {
  const key = hash.split('?')[0] ?? hash;
  return Object.hasOwn(routes, key) ? routes[key] : undefined;
}
