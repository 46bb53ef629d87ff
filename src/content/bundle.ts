// Browser loading of the content files: Vite bundles every levels/**/*.json as text, and the
// same loadContent the checker uses turns it into levels, policies and facts. The files are in this
// module's own chunk (an eager glob), not one chunk each: the game needs all of them at once, and a
// chunk per file was a second round of requests after this one (~0.7 s from a run link on Fast 3G).
import { type Content, type ContentFile, loadContent } from './load';

const files = import.meta.glob<string>(['../../levels/**/*.json', '!../../levels/**/*.schema.json'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

export async function loadBundledContent(): Promise<Content> {
  const entries: ContentFile[] = Object.entries(files).map(([path, text]) => ({
    path: path.replace(/^(\.\.\/)+/, ''),
    text,
  }));
  return loadContent(entries);
}
