// The shipped levels, policies and facts, loaded the way the scripts load them.

import { contentFiles } from '../../scripts/node-content';
import { type Content, loadContent } from '../../src/content/load';

let cached: Content | undefined;
export function shipped(): Content {
  cached ??= loadContent(contentFiles());
  return cached;
}
