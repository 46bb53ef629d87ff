// Vite plugins for shipping the game (docs/deploy/README.md): an absolute og:image when the site's
// address is known, the single file's <head>, and the single file's CSP, which allows its inlined
// script and style by their SHA-256 hashes instead of 'unsafe-inline'.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const ROOT = join(import.meta.dirname, '..');

/** The site's address as a folder URL ("https://x.org/games/iw/"), or throws on a malformed one. */
export function siteFolder(siteUrl: string): string {
  const u = new URL(siteUrl);
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    throw new Error(`SITE_URL must be http(s): ${siteUrl}`);
  u.search = '';
  u.hash = '';
  if (!u.pathname.endsWith('/')) u.pathname = u.pathname.replace(/[^/]*$/, '');
  return u.href;
}

/** With SITE_URL at build time, og:image and twitter:image become absolute and og:url is added. */
export function ogImageAt(siteUrl: string | undefined): Plugin {
  return {
    name: 'og-image-at',
    apply: 'build',
    transformIndexHtml(html) {
      if (!siteUrl) return html;
      const folder = siteFolder(siteUrl);
      const image = new URL('og-card.png', folder).href;
      return html
        .replace(
          /(<meta (?:property|name)="(?:og|twitter):image" content=")\.\/og-card\.png"/g,
          `$1${image}"`,
        )
        .replace(
          /(<meta property="og:type"[^>]*>)/,
          `$1\n    <meta property="og:url" content="${folder}" />`,
        );
    },
  };
}

const dataUrl = (file: string, type: string) =>
  `data:${type};base64,${readFileSync(join(ROOT, 'assets', file)).toString('base64')}`;

/**
 * The single file has no folder beside it: the favicon is inlined, the icons and link-preview
 * images that would be files are left out, and the CSP lets data: URLs be fetched (Phaser loads
 * the inlined art through XHR).
 */
export function singleFileHead(): Plugin {
  return {
    name: 'single-file-head',
    apply: 'build',
    transformIndexHtml(html) {
      return html
        .replace(/\s*<link rel="icon" href="\/icons\/favicon-32\.png"[^>]*>/, '')
        .replace(/\s*<link rel="apple-touch-icon"[^>]*>/, '')
        .replace(/\s*<meta (?:property|name)="(?:og|twitter):image(?::[a-z]+)?" content="[^"]*" \/>/g, '')
        .replace('href="/icons/favicon.svg"', `href="${dataUrl('icons/favicon.svg', 'image/svg+xml')}"`)
        .replace("connect-src 'self'", "connect-src 'self' data:");
    },
  };
}

export const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Adds the hash of every inline <script> and <style> in the HTML to its CSP meta tag. */
export function withInlineHashes(html: string): string {
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? '')
    .filter((c) => c.length > 0);
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  const add = (csp: string, directive: string, hashes: string[]) =>
    hashes.length
      ? csp.replace(
          new RegExp(`${directive} ([^;"]*)`),
          (_, v: string) => `${directive} ${v} ${hashes.join(' ')}`,
        )
      : csp;
  return html.replace(
    /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/,
    (_, a: string, csp: string, b: string) =>
      a + add(add(csp, 'script-src', scripts.map(sha256)), 'style-src', styles.map(sha256)) + b,
  );
}

/** Runs after vite-plugin-singlefile has inlined everything: hashes go into the CSP. */
export function cspHashes(): Plugin {
  return {
    name: 'csp-inline-hashes',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html') && typeof file.source === 'string')
            file.source = withInlineHashes(file.source);
        }
      },
    },
  };
}
