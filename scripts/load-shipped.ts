// The shipped content for Node scripts; exits with the problems if any file is broken.
import { loadContent } from '../src/content/load';
import { formatProblem } from '../src/content/problems';
import { contentFiles } from './node-content';

export function shippedContent() {
  const content = loadContent(contentFiles());
  if (content.problems.length > 0) {
    for (const p of content.problems) console.error(formatProblem(p));
    console.error('fix the problems above first (npm run levels:check)');
    process.exit(1);
  }
  return content;
}
