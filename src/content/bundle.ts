// Browser loading of the content files: Vite bundles every levels/**/*.json as text, and the
// same loadContent the checker uses turns it into levels, policies and facts.
import { type Content, type ContentFile, loadContent } from './load';

const files = import.meta.glob<string>(['../../levels/**/*.json', '!../../levels/**/*.schema.json'], {
  query: '?raw',
  import: 'default',
});

export async function loadBundledContent(): Promise<Content> {
  const entries: ContentFile[] = await Promise.all(
    Object.entries(files).map(async ([path, load]) => ({
      path: path.replace(/^(\.\.\/)+/, ''),
      text: await load(),
    })),
  );
  return loadContent(entries);
}
