// Plain SVG bar charts for the debrief: Okabe–Ito colours with a pattern or word beside each,
// every bar labelled with its number, a caption, and the same numbers in a table for screen readers.
import { t } from '../../i18n';
import { disclosure, el } from '../../ui/dom';
import { svg } from '../../ui/svg';

export type SeriesKind = 'rural' | 'urban' | 'before' | 'after';

export interface Series {
  label: string;
  kind: SeriesKind;
  /** One value per category. */
  values: number[];
}

export interface ChartSpec {
  caption: string;
  /** What the categories are, for the table's first column. */
  categoryHead: string;
  categories: string[];
  series: Series[];
  format?: (n: number) => string;
  /** Long category names (walls): bars run across, one row per category. */
  horizontal?: boolean;
}

const FILL: Record<SeriesKind, string> = {
  rural: '#009E73',
  urban: '#0072B2',
  before: '#E69F00',
  after: '#56B4E9',
};

/** Patterned fills: dots for rural (wheat field), stripes for "before"; solid for the others. */
function defs(prefix: string): SVGDefsElement {
  const dots = svg(
    'pattern',
    { id: `${prefix}-rural`, patternUnits: 'userSpaceOnUse', width: 7, height: 7 },
    svg('rect', { width: 7, height: 7, fill: FILL.rural }),
    svg('circle', { cx: 3.5, cy: 3.5, r: 1.4, fill: '#ffffff' }),
  );
  const stripes = svg(
    'pattern',
    {
      id: `${prefix}-before`,
      patternUnits: 'userSpaceOnUse',
      width: 6,
      height: 6,
      patternTransform: 'rotate(45)',
    },
    svg('rect', { width: 6, height: 6, fill: FILL.before }),
    svg('rect', { width: 2, height: 6, fill: '#ffffff', opacity: 0.55 }),
  );
  return svg('defs', {}, dots, stripes);
}

const fillOf = (prefix: string, kind: SeriesKind) =>
  kind === 'rural' || kind === 'before' ? `url(#${prefix}-${kind})` : FILL[kind];

/** About how wide a label is at 13 px: Han characters are square, Latin ones about half that. */
export function labelWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! >= 0x2e80 ? 13.5 : 7.6;
  return w;
}

function text(x: number, y: number, s: string, attrs: Record<string, string | number> = {}) {
  return svg('text', { x, y, 'font-size': 13, fill: '#000000', ...attrs }, s);
}

function legend(prefix: string, series: readonly Series[]): SVGGElement {
  const g = svg('g', { class: 'chart-legend' });
  series.forEach((s, k) => {
    const y = 6 + k * 22;
    g.append(
      svg('rect', { x: 8, y, width: 16, height: 16, fill: fillOf(prefix, s.kind), stroke: '#000000' }),
      text(30, y + 13, s.label),
    );
  });
  return g;
}

function table(spec: ChartSpec, format: (n: number) => string): HTMLElement {
  return disclosure(
    t('classroom.chart.table'),
    { className: 'chart-table' },
    el(
      'table',
      { className: 'stats-table' },
      el('caption', { className: 'sr-only' }, spec.caption),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { attrs: { scope: 'col' } }, spec.categoryHead),
          ...spec.series.map((s) => el('th', { attrs: { scope: 'col' } }, s.label)),
        ),
      ),
      el(
        'tbody',
        {},
        ...spec.categories.map((c, i) =>
          el(
            'tr',
            {},
            el('th', { attrs: { scope: 'row' } }, c),
            ...spec.series.map((s) => el('td', {}, format(s.values[i] ?? 0))),
          ),
        ),
      ),
    ),
  );
}

function vertical(spec: ChartSpec, prefix: string, format: (n: number) => string): SVGSVGElement {
  const bar = 30;
  const gap = 22;
  const longest = Math.max(...spec.categories.map((c) => c.length));
  const group = Math.max(spec.series.length * bar + gap, longest * 7.5 + 14);
  // Wide enough for every legend entry whole.
  const legendWidth = 30 + Math.max(0, ...spec.series.map((s) => labelWidth(s.label))) + 8;
  const width = Math.max(300, 16 + spec.categories.length * group, legendWidth);
  const top = 40 + spec.series.length * 22;
  const height = 200;
  const all = spec.series.flatMap((s) => s.values);
  const hi = Math.max(0, ...all);
  const lo = Math.min(0, ...all);
  const scale = hi - lo > 0 ? height / (hi - lo) : 0;
  const zero = top + hi * scale;
  const out = svg(
    'svg',
    {
      viewBox: `0 0 ${width} ${top + height + 48}`,
      width,
      height: top + height + 48,
      role: 'img',
      'aria-label': spec.caption,
    },
    defs(prefix),
    legend(prefix, spec.series),
  );
  spec.categories.forEach((c, i) => {
    const x0 = 16 + i * group;
    spec.series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      const x = x0 + k * bar;
      const h = Math.abs(v) * scale;
      const y = v >= 0 ? zero - h : zero;
      out.append(
        svg('rect', {
          x,
          y,
          width: bar - 4,
          height: Math.max(h, 0.5),
          fill: fillOf(prefix, s.kind),
          stroke: '#000000',
        }),
        text(x + (bar - 4) / 2, v >= 0 ? y - 5 : y + h + 15, format(v), {
          'text-anchor': 'middle',
          class: 'bar-value',
        }),
      );
    });
    out.append(text(x0 + (group - gap) / 2, top + height + 36, c, { 'text-anchor': 'middle' }));
  });
  out.append(svg('line', { x1: 8, x2: width - 8, y1: zero, y2: zero, stroke: '#000000' }));
  return out;
}

function horizontal(spec: ChartSpec, prefix: string, format: (n: number) => string): SVGSVGElement {
  const width = Math.max(640, 30 + Math.max(0, ...spec.series.map((s) => labelWidth(s.label))) + 8);
  const bar = 20;
  const row = 22 + spec.series.length * bar + 10;
  const top = 12 + spec.series.length * 22;
  const hi = Math.max(1, ...spec.series.flatMap((s) => s.values));
  const scale = (width - 120) / hi;
  const out = svg(
    'svg',
    {
      viewBox: `0 0 ${width} ${top + spec.categories.length * row}`,
      width,
      height: top + spec.categories.length * row,
      role: 'img',
      'aria-label': spec.caption,
    },
    defs(prefix),
    legend(prefix, spec.series),
  );
  spec.categories.forEach((c, i) => {
    const y0 = top + i * row;
    out.append(text(8, y0 + 16, c, { 'font-weight': 700 }));
    spec.series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      const y = y0 + 22 + k * bar;
      const w = Math.max(v * scale, 0.5);
      out.append(
        svg('rect', { x: 8, y, width: w, height: bar - 4, fill: fillOf(prefix, s.kind), stroke: '#000000' }),
        text(8 + w + 6, y + bar - 8, `${format(v)} ${t(`classroom.chart.kind.${s.kind}`)}`, {
          class: 'bar-value',
        }),
      );
    });
  });
  return out;
}

/** A captioned figure: the chart, then its numbers as a table in a <details>. */
export function barChart(spec: ChartSpec): HTMLElement {
  // Pattern ids must be unique on the page: a random suffix, as dialogs do for their titles.
  const prefix = `chart-${Math.random().toString(36).slice(2, 10)}`;
  // No "-0" under a bar.
  const format = (n: number) => (spec.format ?? String)(n === 0 ? 0 : n);
  return el(
    'figure',
    { className: `chart${spec.horizontal ? ' chart-h' : ''}` },
    el('figcaption', {}, spec.caption),
    spec.horizontal ? horizontal(spec, prefix, format) : vertical(spec, prefix, format),
    table(spec, format),
  );
}
