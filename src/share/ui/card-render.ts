// From a finished run to the card's model, its words and its images (PNG blobs) in the current language.
import { language, t } from '../../i18n';
import { once } from '../../platform/once';
import { assetUrl, pageAddress as siteAddress } from '../../platform/site';
import type { RunReport } from '../../rules';
import type { Level, Policy, RunState } from '../../rules/types';
import { recordOf } from '../../store/run-record';
import { buildCard, type CardModel, templateTranslate } from '../card-model';
import cardStrings from '../card-strings.json';
import { placeName } from '../place-name';
import { runUrl } from '../run-code';
import {
  ART_FILES,
  type Art,
  type ArtKey,
  CARD_SIZES,
  type CardSize,
  type CardView,
  drawCard,
} from './draw-card';

export interface FinishedRun {
  level: Level;
  policy: Policy | null;
  state: RunState;
  /** The run's one report (platform/run-report.ts): the card reads its twin, never replays one. */
  report: RunReport;
}

/** The page's own address, without any query or hash: what a shared link starts from. */
export function pageAddress(): string {
  return siteAddress();
}

export function shareLink(run: FinishedRun): string {
  return runUrl(pageAddress(), recordOf(run.state));
}

export function twinState(run: FinishedRun): RunState | null {
  return run.report.twin?.state ?? null;
}

export function cardFor(run: FinishedRun, url: string): CardModel {
  const lang = language();
  return buildCard({
    level: run.level,
    state: run.state,
    twinState: twinState(run),
    policy: run.policy,
    lang,
    t: templateTranslate(cardStrings[lang]),
    url,
  });
}

/** The card's words for drawing: figures with their icons, the twin's values, the walls. */
export function viewOf(card: CardModel): CardView {
  const tr = templateTranslate(cardStrings[card.lang]);
  const say = (l: { key: Parameters<typeof tr>[0]; values: Record<string, string | number> }) =>
    tr(l.key, l.values);
  const twinText = (id: string, v: number) =>
    tr(
      id === 'money'
        ? 'card.value.money'
        : id === 'insuranceMonths'
          ? 'card.value.months'
          : 'card.value.outOf100',
      {
        sign: v < 0 ? '−' : '',
        value: new Intl.NumberFormat(card.lang === 'zh-Hans' ? 'zh-CN' : 'en-GB').format(Math.abs(v)),
      },
    );
  const walls = card.walls.length ? [...card.walls] : [t('share.card.noWalls')];
  if (card.wallsMore > 0)
    walls.push(tr('card.walls.more', { count: card.wallsMore }).replace(/^[，,]\s*/, ''));
  return {
    lang: card.lang,
    game: t('share.card.game'),
    title: placeName(card.title, card.city),
    registration: card.registration.name,
    kind: card.registration.kind,
    policy: card.policy ? tr('card.policy', { policy: card.policy }) : null,
    headline: say(card.headline),
    ended: say(card.ended),
    figures: card.figures.map((f) => ({
      id: f.id as ArtKey,
      label: f.label,
      text: f.text,
      twin: f.twin === null ? null : t('share.card.twinValue', { value: twinText(f.id, f.twin) }),
    })),
    twinHeading: t('share.card.twin'),
    twin: card.twin ? say(card.twin) : null,
    wallsHeading: t('share.card.walls'),
    walls,
    link: pageAddress().replace(/^https?:\/\//, ''),
  };
}

/** The card's art, loaded once as images from art/ (same origin, so the canvas stays readable). */
export const loadArt = once(
  (): Promise<Art> =>
    Promise.all(
      Object.entries(ART_FILES).map(async ([key, file]) => {
        const img = new Image();
        img.src = assetUrl(`art/${file}`);
        try {
          await img.decode();
          return [key, img] as const;
        } catch {
          return [key, undefined] as const; // drawn without it
        }
      }),
    ).then((pairs) => Object.fromEntries(pairs.filter(([, v]) => v)) as Art),
);

/** Draws one size into a fresh canvas and returns it as a PNG blob. */
export async function renderCard(view: CardView, size: CardSize, art: Art): Promise<Blob> {
  const { width, height } = CARD_SIZES[size];
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  drawCard(ctx, size, view, art);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'),
  );
}
