// The teacher guide (#/guide), read from docs/teacher-guide.md and drawn with DOM calls: headings,
// paragraphs, lists and tables; **bold** and links become plain text. Printable from the browser.
import guide from '../../../docs/teacher-guide.md?raw';
import { t } from '../../i18n';
import { el, iconButton } from '../../ui/dom';
import './classroom.css';

const inline = (s: string) =>
  s
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]+)`/g, '$1');
const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => inline(c.trim()));

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
      out.push(
        el(
          'table',
          { className: 'stats-table' },
          el('thead', {}, el('tr', {}, ...head.map((c) => el('th', { attrs: { scope: 'col' } }, c)))),
          el('tbody', {}, ...body.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, c))))),
        ),
      );
    } else if (/^\s*(-|\d+\.)\s/.test(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const items: string[] = [];
      for (; i < lines.length && lines[i]!.trim() !== '' && !/^#/.test(lines[i]!); i++) {
        if (/^\s*(-|\d+\.)\s/.test(lines[i]!)) items.push(lines[i]!.replace(/^\s*(-|\d+\.)\s+/, ''));
        else items[items.length - 1] += ` ${lines[i]!.trim()}`;
      }
      out.push(el(ordered ? 'ol' : 'ul', {}, ...items.map((s) => el('li', {}, inline(s)))));
    } else if (line.trim() === '') i++;
    else {
      const para: string[] = [];
      for (; i < lines.length && lines[i]!.trim() !== '' && !/^(#|\||\s*(-|\d+\.)\s)/.test(lines[i]!); i++)
        para.push(lines[i]!.trim());
      out.push(el('p', {}, inline(para.join(' '))));
    }
  }
  return out;
}

export function renderGuide(root: HTMLElement, back: () => void): void {
  root.replaceChildren(
    el(
      'div',
      { className: 'screen class-page guide-page' },
      el(
        'div',
        { className: 'row no-print' },
        iconButton('arrow', t('classroom.back'), back, 'btn btn-back', { 'data-autofocus': '' }),
        iconButton('book', t('classroom.debrief.print'), () => window.print(), 'btn btn-back'),
      ),
      el('p', { className: 'muted' }, t('classroom.guideNote')),
      el('article', { lang: 'en' }, ...blocks(guide)),
    ),
  );
}
