// The teacher guide (#/guide) in the current language, read from docs/teacher-guide.md or
// docs/teacher-guide.zh-Hans.md and drawn with DOM calls: headings, paragraphs, lists and tables;
// **bold** and links become plain text. Follows a language change live. Printable from the browser.
import guideEn from '../../../docs/teacher-guide.md?raw';
import guideZh from '../../../docs/teacher-guide.zh-Hans.md?raw';
import { type Language, language, onLanguage, t } from '../../i18n';
import { el, iconButton } from '../../ui/dom';
import './classroom.css';

const guides: Record<Language, string> = { en: guideEn, 'zh-Hans': guideZh };

const inline = (s: string) =>
  s
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/`([^`]+)`/g, '$1');
// A wrapped line joins the one before with a space, except between Chinese characters or punctuation.
const cjk = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;
const join = (a: string, b: string) => (cjk.test(a.slice(-1)) || cjk.test(b.charAt(0)) ? a + b : `${a} ${b}`);
const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => inline(c.trim()));

// A short cell keeps to one line: Chinese may break between any two characters, and a table
// would otherwise squeeze a two-word column ("出生抽签") to one character a line. A web address
// may break anywhere, so the sources table fits the page.
const sized = <T extends HTMLElement>(cell: T): T => {
  const text = cell.textContent ?? '';
  if ([...text].length <= 8) cell.style.whiteSpace = 'nowrap';
  else if (text.includes('://')) cell.style.overflowWrap = 'anywhere';
  return cell;
};

function blocks(md: string): HTMLElement[] {
  const out: HTMLElement[] = [];
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      const level = Math.min(4, heading[1]!.length) as 1 | 2 | 3 | 4;
      out.push(el(`h${level}`, {}, inline(heading[2]!)));
      i++;
    } else if (line.trim().startsWith('|')) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.trim().startsWith('|'); i++)
        if (!/^\s*\|[\s:|-]+\|\s*$/.test(lines[i]!)) rows.push(cells(lines[i]!));
      const [head = [], ...body] = rows;
      // A table of web addresses (the sources) prints small and dense, to stay within three pages.
      const sources = body.some((r) => r.some((c) => c.includes('://')));
      out.push(
        el(
          'table',
          { className: sources ? 'stats-table sources-table' : 'stats-table' },
          el('thead', {}, el('tr', {}, ...head.map((c) => sized(el('th', { attrs: { scope: 'col' } }, c))))),
          el('tbody', {}, ...body.map((r) => el('tr', {}, ...r.map((c) => sized(el('td', {}, c)))))),
        ),
      );
    } else if (/^\s*(-|\d+\.)\s/.test(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const items: string[] = [];
      for (; i < lines.length && lines[i]!.trim() !== '' && !/^#/.test(lines[i]!); i++) {
        if (/^\s*(-|\d+\.)\s/.test(lines[i]!)) items.push(lines[i]!.replace(/^\s*(-|\d+\.)\s+/, ''));
        else items[items.length - 1] = join(items[items.length - 1] ?? '', lines[i]!.trim());
      }
      out.push(el(ordered ? 'ol' : 'ul', {}, ...items.map((s) => el('li', {}, inline(s)))));
    } else if (line.trim() === '') i++;
    else {
      const para: string[] = [];
      for (; i < lines.length && lines[i]!.trim() !== '' && !/^(#|\||\s*(-|\d+\.)\s)/.test(lines[i]!); i++)
        para.push(lines[i]!.trim());
      out.push(el('p', {}, inline(para.reduce(join))));
    }
  }
  return out;
}

// The page follows a language change by drawing itself again, unless it has left the screen
// (a new drawing replaced it, or another page did): then it only unsubscribes.
export function renderGuide(root: HTMLElement, back: () => void): void {
  const lng = language();
  const page = el(
    'div',
    { className: 'screen class-page guide-page' },
    el(
      'div',
      { className: 'row no-print' },
      iconButton('arrow', t('classroom.back'), back, 'btn btn-back', { 'data-autofocus': '' }),
      iconButton('book', t('classroom.debrief.print'), () => window.print(), 'btn btn-back'),
    ),
    el('p', { className: 'muted' }, t('classroom.guideNote')),
    el('article', { lang: lng }, ...blocks(guides[lng])),
  );
  root.replaceChildren(page);
  const off = onLanguage(() => {
    off();
    if (page.isConnected) renderGuide(root, back);
  });
}
