// jsQR carries a Shift-JIS → Unicode table (~7,000 entries, most of the library: without it the
// chunk goes from 130 to 46 KB minified, 47.5 to 10.3 KB gzipped) that jsQR reads only to decode a
// QR code's Kanji-mode segments. The game's QR codes (class links and result codes, drawn by
// qrcode-generator in byte mode in src/classroom/ui/qr.ts) never hold one, so this plugin empties
// the table in jsqr's own file. A Kanji segment would then decode to NUL characters instead of
// kanji, which no class result code contains. If the table is not found (a jsqr upgrade changed its
// file), the build fails rather than quietly shipping it again.
import type { Plugin } from 'vite';

const FILE = /[\\/]node_modules[\\/]jsqr[\\/]dist[\\/]jsQR\.js$/;
const TABLE = /exports\.shiftJISTable = \{[^}]*\};/g;

export function jsqrWithoutKanji(): Plugin {
  return {
    name: 'jsqr-no-kanji',
    enforce: 'pre',
    transform(code, id) {
      if (!FILE.test(id.split('?')[0] ?? id)) return null;
      const found = code.match(TABLE)?.length ?? 0;
      if (found !== 1)
        this.error(
          `jsqr-no-kanji: expected one \`exports.shiftJISTable = {…};\` in ${id}, found ${found}. ` +
            'jsqr changed: update scripts/jsqr-no-kanji.ts (or drop it) after checking the new file.',
        );
      return { code: code.replace(TABLE, 'exports.shiftJISTable = {};'), map: null };
    },
  };
}
