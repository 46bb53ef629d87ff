// The art manifest's one schema: scripts/make-art.ts writes assets/art/manifest.json with it and
// platform/art.ts reads the file with it (no other shape is accepted).
import { z } from 'zod';

// This schema may parse before content/schema.ts has loaded (platform/art.ts imports it when art is
// first needed): without jitless, zod's first parse probes `new Function`, and the
// Content-Security-Policy (no 'unsafe-eval') reports it.
z.config({ jitless: true });

export const ArtAsset = z
  .object({
    key: z.string().regex(/^[a-z0-9-]+$/),
    /** Relative to the public folder, e.g. `art/tree.svg`. */
    file: z.string().regex(/^art\/[a-z0-9-]+\.(svg|png)$/),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    /** A sprite sheet: the size of one frame. */
    frames: z
      .object({ frameWidth: z.number().int().positive(), frameHeight: z.number().int().positive() })
      .strict()
      .optional(),
  })
  .strict();
export type ArtAsset = z.infer<typeof ArtAsset>;

export const ArtManifest = z.array(ArtAsset);
export type ArtManifest = z.infer<typeof ArtManifest>;
