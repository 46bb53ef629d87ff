// Where the game meets where it runs: the SCORM API search (standard order: this window and its
// parents, then the opener's; a frame of another origin stops the search), SCORM time spans, the
// link-preview address from SITE_URL, and the CSP hashes of the single file's inline code.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { siteFolder, withInlineHashes } from '../../scripts/deploy-plugins';
import { findApi, type Scorm12Api, timespan } from '../../src/scorm/scorm-api';

const api = (name: string) =>
  ({ name, LMSInitialize: () => 'true' }) as unknown as Scorm12Api & { name: string };

/** A chain of fake windows: index 0 is the page, each next one its parent; the last is the top. */
function frames(apis: (unknown | 'cross-origin')[], opener: Window | null = null): Window {
  const ws: Record<string, unknown>[] = apis.map(() => ({}));
  ws.forEach((w, i) => {
    const a = apis[i];
    if (a === 'cross-origin')
      Object.defineProperty(w, 'API', {
        get() {
          throw new DOMException('Blocked a frame', 'SecurityError');
        },
      });
    else if (a !== undefined) w.API = a;
    w.parent = ws[i + 1] ?? w;
    w.top = ws[ws.length - 1];
    w.opener = null;
  });
  (ws[ws.length - 1] as { opener: Window | null }).opener = opener;
  return ws[0] as unknown as Window;
}

describe('finding the learning platform', () => {
  it('takes the nearest API up the frames', () => {
    const lms = api('lms');
    expect(findApi(frames([undefined, undefined, lms]))).toBe(lms);
    const near = api('near');
    expect(findApi(frames([undefined, near, lms]))).toBe(near);
  });

  it('looks in the opener and its parents when the frames have none', () => {
    const lms = api('popup-lms');
    expect(findApi(frames([undefined, undefined], frames([undefined, lms])))).toBe(lms);
  });

  it('finds nothing without a platform, past 7 levels, or behind a frame of another origin', () => {
    expect(findApi(frames([undefined, undefined]))).toBeNull();
    expect(findApi(frames([...Array(9).fill(undefined), api('too-far')]))).toBeNull();
    expect(findApi(frames([undefined, 'cross-origin', api('hidden')]))).toBeNull();
    expect(findApi(frames([undefined, { LMSInitialize: 'not a function' }]))).toBeNull();
  });

  it('writes SCORM 1.2 time spans as HHHH:MM:SS', () => {
    expect(timespan(0)).toBe('0000:00:00');
    expect(timespan(3_723_400)).toBe('0001:02:03');
    expect(timespan(-5)).toBe('0000:00:00');
  });
});

describe('shipping', () => {
  it('turns SITE_URL into the folder the game is served from', () => {
    expect(siteFolder('https://example.org/games/iw/')).toBe('https://example.org/games/iw/');
    expect(siteFolder('https://example.org/games/iw/index.html?x=1#y')).toBe('https://example.org/games/iw/');
    expect(siteFolder('https://example.org')).toBe('https://example.org/');
    expect(() => siteFolder('ftp://example.org/')).toThrow(/http/);
    expect(() => siteFolder('not a url')).toThrow();
  });

  it("allows exactly the page's inline script and style in its CSP, by hash", () => {
    const html = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'" />
<script type="module">console.log("hi")</script><style>body{color:red}</style>`;
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    const csp = withInlineHashes(html).match(/content="([^"]*)"/)![1]!;
    expect(csp).toBe(
      `default-src 'self'; script-src 'self' ${hash('console.log("hi")')}; style-src 'self' ${hash('body{color:red}')}; img-src 'self'`,
    );
    // A changed script no longer matches the hash the page allows.
    expect(csp).not.toContain(hash('console.log("hi!")'));
  });
});
