// Starts the download of the player's language before the game's script has arrived. The title
// waits for one language's strings, a chunk of their own (src/i18n/strings-*.ts) that the game's
// script imports; the build names both files in <meta name="iw-lang"> (vite.config.ts,
// languageFirst), and this script, loaded async beside the game's, adds a modulepreload hint for
// the player's one. The same choice as the game makes (src/i18n/index.ts detectLanguage, with
// src/platform/settings.ts): the saved language, else the browser's (zh* → Simplified Chinese).
// A file of its own because the CSP allows no inline script; it only hints, so if it fails or is
// late the game still loads its language itself.
(() => {
  const meta = document.querySelector('meta[name="iw-lang"]');
  if (!meta) return;
  let saved = null;
  try {
    saved = JSON.parse(localStorage.getItem('iw.settings') || '{}').language;
  } catch {
    // no storage, or unreadable settings: the browser's language, as the game does
  }
  const lng =
    saved === 'en' || saved === 'zh-Hans'
      ? saved
      : String(navigator.language || '').toLowerCase().startsWith('zh')
        ? 'zh-Hans'
        : 'en';
  const href = meta.getAttribute(`data-${lng}`);
  if (!href) return;
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = href;
  document.head.append(link);
})();
