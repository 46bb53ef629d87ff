// npm run bench [-- group…] — prints one figure per line as `name value unit` and writes
// them all to bench-results.json. Groups: rules, debrief, assets, single, load, city, heap; and,
// only when named, lighthouse (Lighthouse's mobile preset on four screens, scripts/bench/lighthouse.ts).
// The browser groups build the game once (into dist/, or $BENCH_DIST when several people
// measure in one tree) and, for `load`, the stock Phaser baseline in dist-baseline/.
// docs/performance.md describes the method.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { greedyBot, intentsOf, playBot } from '../src/rules';
import { encodeRun } from '../src/share/run-code';
import { launchBrowser } from '../tests/browser/browser';
import { folderKb, gzKb } from './bench/bundle';
import { benchCityFrames, benchHeap } from './bench/city';
import { busiest } from './bench/drive';
import type { Figure } from './bench/figure';
import { benchBaseline, benchGameLoad } from './bench/load';
import { benchRules } from './bench/rules';
import { shippedContent } from './load-shipped';
import { ROOT } from './node-content';

const distArg = process.env.BENCH_DIST ?? 'dist';
const DIST = isAbsolute(distArg) ? distArg : join(ROOT, distArg);

let built = false;
function buildGame(): string {
  if (!built && !process.env.BENCH_SKIP_BUILD) {
    execFileSync('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
  }
  built = true;
  return DIST;
}

let browser: Browser | null = null;
const chromium = async () => {
  browser ??= await launchBrowser();
  return browser;
};

/** The busiest level (most venues and districts), its place in the level list, a run link to it,
 * and a link to a whole run of it (a greedy bot's) that ends on the outcome screen. */
function target(): { levelIndex: number; runLink: string; outcomeLink: string } {
  const content = shippedContent();
  const level = busiest([...content.levels.values()]);
  const registrationId = level.registrations[0]!.id;
  const link = (intents: ReturnType<typeof intentsOf>) =>
    `?run=${encodeRun({ levelId: level.id, seed: 7, registrationId, policyId: 'status-quo', intents })}`;
  const whole = playBot(level, content.policies.get('status-quo') ?? null, registrationId, 7, greedyBot);
  return {
    levelIndex: content.order.indexOf(level.id),
    runLink: link([]),
    outcomeLink: link(intentsOf(whole.state)),
  };
}

type Group = () => Promise<Figure[]>;
const groups: Record<string, Group> = {
  rules: benchRules,
};
if (existsSync(join(ROOT, 'scripts', 'bench-debrief.ts'))) {
  groups.debrief = async () => (await import('./bench-debrief')).benchDebrief();
}
groups.assets = async () => [
  { name: 'audio.total_kb', value: Math.round(folderKb(join(ROOT, 'assets', 'audio'), /./)), unit: 'KB' },
  { name: 'art.total_kb', value: Math.round(folderKb(join(ROOT, 'assets', 'art'), /./)), unit: 'KB' },
];
// The one-file build (npm run build:single): its size as a teacher copies it to a USB stick.
groups.single = async () => {
  const out = `${DIST}-single`;
  if (!process.env.BENCH_SKIP_BUILD) {
    execFileSync(
      'npx',
      ['vite', 'build', '--mode', 'single', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      },
    );
  }
  const file = join(out, 'index.html');
  return [
    { name: 'bundle.single_kb', value: Math.round(folderKb(out, /^index\.html$/)), unit: 'KB' },
    { name: 'bundle.single_gz_kb', value: Math.round(gzKb(file)), unit: 'KB' },
  ];
};
groups.load = async () => {
  const dist = buildGame();
  const b = await chromium();
  const base = await benchBaseline(b);
  const { levelIndex, runLink } = target();
  return [...base.figures, ...(await benchGameLoad(b, dist, base.firstFrame, runLink, levelIndex))];
};
groups.city = async () => {
  const { serveStatic } = await import('./bench/static-server');
  const server = await serveStatic(buildGame());
  try {
    return await benchCityFrames(await chromium(), `${server.url}?seed=7`, target().levelIndex);
  } finally {
    await server.close();
  }
};
groups.heap = async () => {
  const { serveStatic } = await import('./bench/static-server');
  const server = await serveStatic(buildGame());
  try {
    return await benchHeap(await chromium(), `${server.url}?seed=7`, target().levelIndex);
  } finally {
    await server.close();
  }
};

// Only when asked for (`npm run bench -- lighthouse`): three Lighthouse runs of four screens take minutes.
const onlyWhenAsked: Record<string, Group> = {
  lighthouse: async () => {
    const { benchLighthouse } = await import('./bench/lighthouse');
    const { runLink, outcomeLink } = target();
    return benchLighthouse(buildGame(), { cityLink: runLink, outcomeLink });
  },
};

const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = asked.filter((a) => !(a in groups) && !(a in onlyWhenAsked));
if (unknown.length) {
  console.error(
    `unknown bench group ${unknown.join(', ')}; expected one of ${[...Object.keys(groups), ...Object.keys(onlyWhenAsked)].join(', ')}`,
  );
  process.exit(1);
}
const figures: Figure[] = [];
try {
  for (const name of asked.length ? asked : Object.keys(groups)) {
    for (const f of await (groups[name] ?? onlyWhenAsked[name])!()) {
      console.log(`${f.name} ${f.value} ${f.unit}`);
      figures.push(f);
    }
  }
} finally {
  await (browser as Browser | null)?.close();
}
writeFileSync(
  join(ROOT, 'bench-results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), figures }, null, 2)}\n`,
);
