// The family's portraits for the outcome card, each with the face their epilogue line ends on.

import { epilogueFor, portraitKey } from '../../content/story';
import { loadArtManifest } from '../../platform/art';
import type { FinishedRun } from './card-render';
import type { Art } from './draw-card';

/** Adds the family's portraits to the card's art (none when the level has no family or no art). */
export async function withFamily(art: Art, run: FinishedRun): Promise<Art> {
  const lines = epilogueFor(run.level, run.state);
  if (lines.length === 0) return art;
  const manifest = await loadArtManifest().catch(() => []);
  const family = await Promise.all(
    lines.map(async ({ member, line }) => {
      const url = manifest.find((e) => e.key === portraitKey(member.portrait, line.face))?.url;
      if (!url) return null;
      const img = new Image();
      img.src = url;
      try {
        await img.decode();
        return img;
      } catch {
        return null;
      }
    }),
  );
  return { ...art, portraits: family.filter((i) => i !== null) };
}
