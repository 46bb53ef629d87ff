// A QR code as an SVG drawn with DOM calls: one path of dark modules, a quiet zone of four.
import qrcode from 'qrcode-generator';
import { svg } from '../../ui/svg';

/** The QR code of `text` (byte mode, error correction M); `label` is its accessible name. */
export function qrSvg(text: string, label: string, className = 'qr'): SVGSVGElement {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const margin = 4;
  const size = n + margin * 2;
  let d = '';
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c + margin} ${r + margin}h1v1h-1z`;
  return svg(
    'svg',
    {
      class: className,
      viewBox: `0 0 ${size} ${size}`,
      role: 'img',
      'aria-label': label,
      'shape-rendering': 'crispEdges',
    },
    svg('rect', { x: 0, y: 0, width: size, height: size, fill: '#ffffff' }),
    svg('path', { d, fill: '#000000' }),
  );
}
