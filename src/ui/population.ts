// A level's city size ("1–3 million", "over 20 million", "county of 400,000") in the current
// language: the level gives it as an English phrase, so it is read and its numbers formatted.
import { language, t } from '../i18n';

const MILLION = 1_000_000;

function amount(n: number): string {
  return new Intl.NumberFormat(language() === 'zh-Hans' ? 'zh-CN' : 'en-GB', {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(n);
}

const parse = (s: string) => Number(s.replace(/,/g, ''));

export function populationLabel(raw: string): string {
  const s = raw.trim().toLowerCase();
  let m = /^([\d.]+)\s*[–-]\s*([\d.]+)\s*million$/.exec(s);
  if (m)
    return t('access.pop.range', { a: amount(parse(m[1]!) * MILLION), b: amount(parse(m[2]!) * MILLION) });
  m = /^(over|under)\s+([\d.]+)\s*million$/.exec(s);
  if (m) return t(`access.pop.${m[1]}`, { n: amount(parse(m[2]!) * MILLION) });
  m = /^county of ([\d,]+)$/.exec(s);
  if (m) return t('access.pop.county', { n: amount(parse(m[1]!)) });
  return raw;
}
