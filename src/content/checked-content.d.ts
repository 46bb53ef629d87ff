// The module scripts/checked-content.ts makes at build time: the shipped content, checked.
declare module 'virtual:checked-content' {
  import type { Level, Policy } from '../rules/types';
  import type { Problem } from './problems';
  import type { FactsFile } from './schema';

  const checked: {
    facts: FactsFile;
    policies: [string, Policy][];
    levels: [string, Level][];
    order: string[];
    problems: Problem[];
  };
  export default checked;
}

// assets/art/manifest.json, checked at build time by the same plugin ([] when missing or invalid).
declare module 'virtual:checked-art' {
  import type { ArtAsset } from '../platform/art-manifest';

  const manifest: ArtAsset[];
  export default manifest;
}

// The checked levels' names alone (src/content/level-names.ts), made by the same plugin.
declare module 'virtual:level-names' {
  import type { LevelNames } from './level-names';

  const names: [string, LevelNames][];
  export default names;
}
