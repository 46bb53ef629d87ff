// The bytes of what comes after the title (Phaser, the scenes, the city's DOM, the levels), fetched
// into the browser's cache without running them, once the title has loaded and the page is idle:
// earlier, on a slow line they would share the bandwidth with the title's own files. The list is
// written into <meta name="iw-prefetch"> at build time (vite.config.ts, firstScreenHints).
// A page that loads the levels at once (a run link, a class link, a hash page) skips this: the
// hints would fetch again, in parallel, what its imports are fetching.
export function prefetchLater(doc: Document = document, win: Window = window): void {
  afterLoadIdle(() => prefetchListed(/./, doc), doc, win);
}

/** Runs `run` at the first idle moment (at most 2 s) after the page's `load`. */
export function afterLoadIdle(run: () => void, doc: Document = document, win: Window = window): void {
  const idle = () => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(run, { timeout: 2000 });
    else setTimeout(run, 200);
  };
  if (doc.readyState === 'complete') idle();
  else win.addEventListener('load', idle, { once: true });
}

/** Adds prefetch hints, now, for the listed files whose address matches (each file once: the page's
 * own <link rel="prefetch"> elements say which are hinted already). */
export function prefetchListed(match: RegExp, doc: Document = document): void {
  const list = doc.querySelector<HTMLMetaElement>('meta[name="iw-prefetch"]')?.content ?? '';
  const hinted = new Set(
    [...doc.head.querySelectorAll('link[rel="prefetch"]')].map((l) => l.getAttribute('href')),
  );
  for (const href of list.split(/\s+/).filter(Boolean)) {
    if (!match.test(href) || hinted.has(href)) continue;
    hinted.add(href);
    const link = doc.createElement('link');
    link.rel = 'prefetch';
    link.href = href;
    doc.head.append(link);
  }
}
