// The quantities a text states, read the same way in English and Chinese, so that a test can ask
// whether the Chinese says the same numbers as the English.

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const SCALE: Record<string, number> = { million: 1e6, billion: 1e9, 万: 1e4, 亿: 1e8 };

/** The quantities a text states: thousands commas dropped, million/万/亿 multiplied out (also
 *  on the first end of a range, "1–3 million"), English month names (capitalised: "May 2024",
 *  not "may") as their numbers. Names that hold a number are left out: ordinals ("the 5th
 *  Ring"), numbered places and ranks ("No. 12 High School" / "第十二中学", "level 2" / "二级")
 *  and i18next placeholders ({{n}}). */
export function quantities(text: string): number[] {
  const plain = text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/(\d),(\d{3})/g, '$1$2')
    .replace(/\b\d+(?:st|nd|rd|th)\b/g, ' ')
    .replace(/\b(?:No\.|level)\s*\d+/g, ' ')
    .replace(/第\d+/g, ' ')
    .replace(
      new RegExp(`\\b(${MONTHS.map(cap).join('|')})\\b`, 'g'),
      (m) => ` ${MONTHS.indexOf(m.toLowerCase()) + 1} `,
    )
    .replace(/(\d+(?:\.\d+)?)\s*[–-]\s*(\d+(?:\.\d+)?)\s*(million|billion)/gi, '$1 $3 – $2 $3');
  const out = [...plain.matchAll(/(\d+(?:\.\d+)?)\s*(million|billion|万|亿)?/gi)].map((m) =>
    Number((Number(m[1]) * (SCALE[(m[2] ?? '').toLowerCase()] ?? 1)).toPrecision(12)),
  );
  return [...new Set(out)].sort((a, b) => a - b);
}
