// Folder layers of src/, checked by dependency-cruiser in `npm test` (`npm run deps`).
// A module may import its own layer and the layers below it, never a layer above.
// Lowest first (see docs/architecture.md for the picture):
//
//   rules      pure game rules: no DOM, no clock, no randomness, imports nothing else in src/
//   content    level JSON schema + loading; imports only rules
//   base       i18n, audio: strings and sound, know only rule types
//   store      the run store, save slots, run records
//   share      codecs for result codes / run links / card model (pure, no DOM)
//   platform   services the screens share: Ctx, settings, routes, art manifest, site, run events
//   ui         screens and DOM helpers (title, HUD, panels, outcome, dialog, dom)
//   features   share/ui, scenes (Phaser), classroom, scorm: fill the slots ui screens expose
//   app        the shell: router, play loop, wiring
//   main       src/main.ts, the entry point
const layers = [
  { name: 'rules', path: '^src/rules/' },
  { name: 'content', path: '^src/content/' },
  { name: 'base', path: '^src/(i18n|audio)/' },
  { name: 'store', path: '^src/store/' },
  { name: 'share', path: '^src/share/[^/]+$' },
  { name: 'platform', path: '^src/platform/' },
  { name: 'ui', path: '^src/ui/' },
  { name: 'features', path: '^src/(share/ui|scenes|classroom|scorm)/' },
  { name: 'app', path: '^src/app/' },
  { name: 'main', path: '^src/main\\.ts$' },
];

/** One rule per layer: nothing in it may import a module of any layer above it. */
const noUpward = layers.slice(0, -1).map((layer, i) => ({
  name: `no-upward-from-${layer.name}`,
  comment: `${layer.name} may import only ${layers
    .slice(0, i + 1)
    .map((l) => l.name)
    .join(', ')} (and packages)`,
  severity: 'error',
  from: { path: layer.path },
  to: { path: layers.slice(i + 1).map((l) => `(${l.path})`) },
}));

module.exports = {
  forbidden: [
    {
      name: 'rules-imports-only-rules',
      comment: 'src/rules is the pure model: it imports nothing else in src/',
      severity: 'error',
      from: { path: '^src/rules/' },
      to: { path: '^src/', pathNot: '^src/rules/' },
    },
    {
      name: 'content-imports-only-rules',
      comment: 'src/content imports only src/rules (and itself)',
      severity: 'error',
      from: { path: '^src/content/' },
      to: { path: '^src/', pathNot: '^src/(content|rules)/' },
    },
    {
      name: 'flows-are-pure',
      comment:
        'The app and city flows (app/flow.ts, app/city-flow.ts) decide what happens next as pure functions: ' +
        'they import the rules, content, the run record and save types and the class code, never a screen, ' +
        'i18n, storage or a platform service (those are the runners’)',
      severity: 'error',
      from: { path: '^src/app/(city-)?flow\\.ts$' },
      to: {
        path: '^src/',
        pathNot:
          '^src/(rules/|content/|store/(run-record|save|store)\\.ts$|classroom/session\\.ts$|share/(codec|envelope)\\.ts$)',
      },
    },
    {
      name: 'no-folder-cycles',
      comment: 'No cycle between folders of src/',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-module-cycles',
      comment: 'No import cycle between modules',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'unlayered-module',
      comment: 'Every module under src/ belongs to a layer (add new folders to `layers`)',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: [...layers.map((l) => l.path), '^src/vendor/'],
      },
      to: {},
    },
    ...noUpward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a type from a higher layer is still an upward dependency.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.(css|json)$' },
  },
};
