// The shipped content in the browser: levels, policies and facts, checked when the game was built
// (scripts/checked-content.ts runs loadContent, the same checks as `npm run levels:check`, over
// levels/**/*.json) and delivered as one JSON string in this module's chunk. The browser only
// parses it: zod and the checks (~1 s in one long task at CPU ×4 when they ran here) stay out of the
// game. Files that failed the checks are left out and listed in `problems`, as before.
import checked from 'virtual:checked-content';
import type { Content } from './load';

export async function loadBundledContent(): Promise<Content> {
  return {
    facts: checked.facts,
    policies: new Map(checked.policies),
    levels: new Map(checked.levels),
    order: checked.order,
    problems: checked.problems,
  };
}
