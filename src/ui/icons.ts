// Small line icons as inline SVG, so meaning never depends on an emoji font being installed
// and colour always has a shape beside it. Presentation attributes only (CSP forbids style attributes).

const PATHS: Record<string, string[]> = {
  calendar: ['M4 6h16v14H4z', 'M4 10h16', 'M8 3v5', 'M16 3v5'],
  money: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18', 'M8.5 7.5L12 12l3.5-4.5', 'M12 12v6', 'M9 13h6', 'M9 16h6'],
  heart: ['M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10z'],
  family: [
    'M8 8a2.5 2.5 0 1 0 0-5a2.5 2.5 0 1 0 0 5',
    'M16 10a2 2 0 1 0 0-4a2 2 0 1 0 0 4',
    'M3 20v-5a5 5 0 0 1 10 0v5',
    'M13 20v-3a3 3 0 0 1 6 0v3',
  ],
  shield: ['M12 3l8 3v6c0 5-3.5 8-8 9c-4.5-1-8-4-8-9V6z', 'M8.5 12l2.5 2.5l4.5-5'],
  home: ['M3 11l9-7l9 7', 'M5 10v10h14V10', 'M10 20v-6h4v6'],
  star: ['M12 3l2.7 5.6l6.1.9l-4.4 4.3l1 6.1L12 17l-5.4 2.9l1-6.1l-4.4-4.3l6.1-.9z'],
  doc: ['M6 3h9l4 4v14H6z', 'M15 3v4h4', 'M9 12h7', 'M9 16h7'],
  lock: ['M6 11h12v10H6z', 'M8.5 11V8a3.5 3.5 0 0 1 7 0v3', 'M12 15v2'],
  check: ['M5 12.5l4.5 4.5L19 7.5'],
  cross: ['M6 6l12 12', 'M18 6L6 18'],
  circle: ['M12 5a7 7 0 1 0 0 14a7 7 0 1 0 0-14'],
  book: ['M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2z', 'M4 21V5', 'M8 7h7'],
  gear: [
    'M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6',
    'M12 2v3',
    'M12 19v3',
    'M2 12h3',
    'M19 12h3',
    'M4.9 4.9l2.1 2.1',
    'M17 17l2.1 2.1',
    'M4.9 19.1L7 17',
    'M17 7l2.1-2.1',
  ],
  pause: ['M8 5v14', 'M16 5v14'],
  next: ['M5 5l8 7l-8 7z', 'M17 5v14'],
  walk: ['M13 4a1.6 1.6 0 1 0 0 .1', 'M10 21l2-6l-3-3l1.5-4.5L14 9l2 3h3', 'M12 15l3 6', 'M9.5 7.5L6 10v3'],
  pin: ['M12 21s-6-6-6-11a6 6 0 0 1 12 0c0 5-6 11-6 11z', 'M12 8a2 2 0 1 0 0 4a2 2 0 1 0 0-4'],
  arrow: ['M4 12h15', 'M13 6l6 6l-6 6'],
  up: ['M12 19V5', 'M6 11l6-6l6 6'],
  down: ['M12 5v14', 'M6 13l6 6l6-6'],
  flag: ['M5 21V4', 'M5 4h12l-2 4l2 4H5'],
  approx: ['M5 9c2-2 4-2 7 0s5 2 7 0', 'M5 15c2-2 4-2 7 0s5 2 7 0'],
  hourglass: ['M7 3h10', 'M7 21h10', 'M8 3c0 5 8 6 8 9s-8 4-8 9', 'M16 3c0 5-8 6-8 9s8 4 8 9'],
  globe: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18', 'M3 12h18', 'M12 3c3 3 3 15 0 18', 'M12 3c-3 3-3 15 0 18'],
  play: ['M7 4l13 8l-13 8z'],
  share: [
    'M18 8a3 3 0 1 0 0-.1',
    'M6 15a3 3 0 1 0 0-.1',
    'M18 21a3 3 0 1 0 0-.1',
    'M8.6 13.5l6.8-4',
    'M8.6 16.5l6.8 3.5',
  ],
  wall: [
    'M3 6h18v13H3z',
    'M3 10.5h18',
    'M3 15h18',
    'M9 6v4.5',
    'M15 6v4.5',
    'M6 10.5V15',
    'M12 10.5V15',
    'M18 10.5V15',
    'M9 15v4',
    'M15 15v4',
  ],
};

export type IconName = keyof typeof PATHS;

export function icon(name: IconName, className = 'icon'): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('fill', 'none');
  svg.setAttribute('stroke', 'currentColor');
  svg.setAttribute('stroke-width', '2');
  svg.setAttribute('stroke-linecap', 'round');
  svg.setAttribute('stroke-linejoin', 'round');
  for (const d of PATHS[name] ?? []) {
    const p = document.createElementNS(ns, 'path');
    p.setAttribute('d', d);
    svg.appendChild(p);
  }
  return svg;
}
