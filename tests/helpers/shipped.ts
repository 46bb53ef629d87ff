// The shipped levels, policies and facts, loaded the way the scripts load them.

import { contentFiles } from '../../scripts/node-content';
import { type Content, loadContent } from '../../src/content/load';

let cached: Content | undefined;
export function shipped(): Content {
  cached ??= loadContent(contentFiles());
  return cached;
}

/** Every shipped level × registration × (no policy, then each of the level's policies), named for describe.each. */
export function shippedCases(content: Content = shipped()) {
  return [...content.levels.values()].flatMap((level) =>
    level.registrations.flatMap((reg) =>
      [null, ...level.policies.map((p) => content.policies.get(p) ?? null)].map((policy) => ({
        name: `${level.id} · ${reg.id} · ${policy?.id ?? 'no policy'}`,
        level,
        reg: reg.id,
        policy,
      })),
    ),
  );
}
