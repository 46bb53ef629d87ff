// Where the game is running: served from a web host (any path), or opened as one file from a
// disk (the single-file build, file://). Links and files follow the page's own address.

// In the single-file build (vite --mode single) every art and sound file is inlined as a data:
// URL here; in the other builds this glob is dead code and the bundler drops it.
const inlined: Record<string, string> =
  import.meta.env.MODE === 'single'
    ? import.meta.glob<string>(['../../assets/art/*.{svg,png}', '../../assets/audio/*.mp3'], {
        query: '?inline',
        import: 'default',
        eager: true,
      })
    : {};
const byPath = new Map(Object.entries(inlined).map(([k, v]) => [k.replace(/^(\.\.\/)+assets\//, ''), v]));

/** The URL of a file of the public folder ("art/x.svg", "audio/y.mp3"): relative, or inlined. */
export function assetUrl(path: string): string {
  const rel = path.replace(/^\.?\//, '');
  return byPath.get(rel) ?? path;
}

/** True when the page was opened from a file (a USB stick, a shared drive), not from a web host. */
export function isFileCopy(): boolean {
  return location.protocol === 'file:';
}

/** The page's own address without query or hash: what run and class links start from. */
export function pageAddress(): string {
  // location.origin is "null" for file:// pages; href keeps the whole path either way.
  return location.href.replace(/[?#].*$/, '');
}
