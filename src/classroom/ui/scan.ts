// Scanning result codes' QR codes into the debrief, in bulk: the camera (students hold up their
// screens one after another) or photos and screenshots chosen as files. The browser's own
// BarcodeDetector reads them where it has one that knows QR codes; elsewhere jsQR (loaded only
// when needed) does. Nothing leaves the device: frames are read and dropped.
import { t } from '../../i18n';
import { once } from '../../platform/once';
import { button, el } from '../../ui/dom';
import { findClassResults } from '../class-result';

/** Reads the QR codes' texts in a picture (jsQR finds one per picture, BarcodeDetector all). */
type Reader = (image: HTMLCanvasElement) => Promise<string[]>;

interface DetectorLike {
  detect(image: HTMLCanvasElement): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
  new (options: { formats: string[] }): DetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

/** The browser's BarcodeDetector when it reads QR codes, else jsQR: found once. */
const qrReader = once(async (): Promise<{ read: Reader; name: 'native' | 'jsqr' }> => {
  const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  try {
    if (Native && (await Native.getSupportedFormats()).includes('qr_code')) {
      const d = new Native({ formats: ['qr_code'] });
      return { name: 'native' as const, read: async (c) => (await d.detect(c)).map((b) => b.rawValue) };
    }
  } catch {
    // No usable detector: fall through to jsQR.
  }
  const { default: jsQR } = await import('jsqr');
  return {
    name: 'jsqr' as const,
    read: async (c) => {
      const ctx = c.getContext('2d', { willReadFrequently: true });
      if (!ctx || c.width === 0 || c.height === 0) return [];
      const img = ctx.getImageData(0, 0, c.width, c.height);
      const found = jsQR(img.data, img.width, img.height, { inversionAttempts: 'attemptBoth' });
      return found ? [found.data] : [];
    },
  };
});

/** Draws a picture onto a canvas no wider than `max` pixels (large photos are slow to read). */
function toCanvas(source: CanvasImageSource, width: number, height: number, max = 1280): HTMLCanvasElement {
  const scale = Math.min(1, max / Math.max(width, height));
  const c = document.createElement('canvas');
  c.width = Math.max(1, Math.round(width * scale));
  c.height = Math.max(1, Math.round(height * scale));
  c.getContext('2d', { willReadFrequently: true })?.drawImage(source, 0, 0, c.width, c.height);
  return c;
}

/**
 * The scanner panel: a camera view and a file picker. Every class result code read is handed to
 * `add` once (normalised); the panel counts them. `close` stops the camera.
 */
export function scanPanel(add: (codes: string[]) => void): { panel: HTMLElement; close: () => void } {
  const seen = new Set<string>();
  const status = el('p', { className: 'scan-status', attrs: { 'aria-live': 'polite', 'data-scanned': '0' } });
  const say = (key: string, extra: Record<string, unknown> = {}) => {
    status.textContent = t(key, { count: seen.size, ...extra });
    status.setAttribute('data-scanned', String(seen.size));
  };
  const take = (texts: string[]) => {
    const fresh: string[] = [];
    for (const text of texts)
      for (const code of findClassResults(text))
        if (!seen.has(code)) {
          seen.add(code);
          fresh.push(code);
        }
    if (fresh.length) {
      add(fresh);
      say('classroom.scan.count');
    }
  };

  const video = el('video', {
    className: 'scan-video',
    attrs: { muted: '', playsinline: '' },
  }) as HTMLVideoElement;
  video.muted = true;
  let stream: MediaStream | null = null;
  let timer = 0;
  let busy = false;
  const stopCamera = () => {
    window.clearInterval(timer);
    timer = 0;
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = null;
    video.srcObject = null;
    video.hidden = true;
    cameraButton.textContent = t('classroom.scan.camera');
    cameraButton.setAttribute('aria-pressed', 'false');
  };
  const startCamera = async () => {
    if (!navigator.mediaDevices?.getUserMedia) return say('classroom.scan.noCamera');
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment', width: { ideal: 1280 } },
        audio: false,
      });
    } catch {
      return say('classroom.scan.noCamera');
    }
    const { read } = await qrReader();
    video.srcObject = stream;
    video.hidden = false;
    await video.play().catch(() => undefined);
    cameraButton.textContent = t('classroom.scan.stop');
    cameraButton.setAttribute('aria-pressed', 'true');
    say('classroom.scan.looking');
    // A few frames a second is enough for codes held up one after another, and spares the CPU.
    timer = window.setInterval(async () => {
      if (busy || video.readyState < 2 || !video.videoWidth) return;
      busy = true;
      try {
        take(await read(toCanvas(video, video.videoWidth, video.videoHeight)));
      } finally {
        busy = false;
      }
    }, 250);
  };
  const cameraButton = button(
    t('classroom.scan.camera'),
    () => (stream ? stopCamera() : void startCamera()),
    'btn',
    { 'data-action': 'scan-camera', 'aria-pressed': 'false' },
  );

  const files = el('input', {
    id: 'scan-files',
    type: 'file',
    className: 'sr-only',
    attrs: { accept: 'image/*', multiple: '', 'data-action': 'scan-files' },
  }) as HTMLInputElement;
  files.addEventListener('change', async () => {
    const list = [...(files.files ?? [])];
    if (!list.length) return;
    say('classroom.scan.reading');
    const { read } = await qrReader();
    let unread = 0;
    for (const file of list) {
      try {
        const bitmap = await createImageBitmap(file);
        const texts = await read(toCanvas(bitmap, bitmap.width, bitmap.height, 1600));
        bitmap.close();
        if (!texts.some((x) => findClassResults(x).length)) unread++;
        take(texts);
      } catch {
        unread++;
      }
    }
    say(unread ? 'classroom.scan.countUnread' : 'classroom.scan.count', { unread });
    files.value = '';
  });
  video.hidden = true;
  const panel = el(
    'div',
    { className: 'scan-panel no-print' },
    el('p', { className: 'muted' }, t('classroom.scan.intro')),
    el(
      'div',
      { className: 'row' },
      cameraButton,
      el('label', { className: 'btn', attrs: { for: 'scan-files' } }, t('classroom.scan.files')),
      files,
    ),
    video,
    status,
  );
  return { panel, close: stopCamera };
}
