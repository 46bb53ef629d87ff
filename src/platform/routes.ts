// Where hash routes (#/sources, #/teacher, …) are registered. Another part of the game (the
// classroom) registers "#/teacher" here; the title shows a Classroom button when it exists.

export type RouteHandler = (root: HTMLElement) => unknown;

const routes = new Map<string, RouteHandler>();

/** Registers a page for a hash route such as "#/teacher". */
export function registerRoute(hash: string, handler: RouteHandler): void {
  routes.set(hash, handler);
}

export function routeFor(hash: string): RouteHandler | undefined {
  return routes.get(hash.split('?')[0] ?? hash);
}

export function hasRoute(hash: string): boolean {
  return routes.has(hash);
}
