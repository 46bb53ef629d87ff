// The English UI strings: en.json, and each part's extra/<part>.en.json under the key <part>
// (e.g. extra/share.en.json → t('share.copy')). A chunk of its own, with no imports: the page
// loads only the player's language before the title (src/i18n/index.ts, assets/lang-early.js).
import base from './en.json';

const parts = import.meta.glob<Record<string, unknown>>('./extra/*.en.json', {
  eager: true,
  import: 'default',
});
const strings: Record<string, unknown> = { ...base };
for (const [path, part] of Object.entries(parts)) {
  const name = /([\w-]+)\.en\.json$/.exec(path)?.[1];
  if (name) strings[name] = part;
}
export default strings;
