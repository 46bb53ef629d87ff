// Golden transcripts: committed seed + intents per shipped level, and what the engine's public
// functions make of them. A change of rules shows up as a diff of tests/golden/*.json, to be
// reviewed and committed with `npm run golden:update`.
//
// The recorded values are whatever `replay`, `report` and `simulate`
// return, passed through JSON: nothing here knows their shape, so when the engine's outputs change
// (a new field in the outcome, a new kind of event) golden:update records the new shape as is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../../src/content/load';
import {
  type Bot,
  greedyBot,
  type Intent,
  intentsOf,
  type Level,
  type Policy,
  playBot,
  randomBot,
  replay,
  report,
  simulate,
  wouldPass,
} from '../../src/rules';

export const GOLDEN_DIR = join(import.meta.dirname, '..', 'golden');

/** One committed run: the inputs (seed, registration, intents) are kept across updates. */
export interface GoldenRun {
  name: string;
  seed: number;
  registration: string;
  intents: Intent[];
}

export interface GoldenFile {
  level: string;
  runs: (GoldenRun & { recorded: unknown })[];
  /** What `npm run simulate` reports for a few seeded bot games per registration. */
  simulation?: unknown;
}

export function goldenPath(levelId: string): string {
  return join(GOLDEN_DIR, `${levelId}.json`);
}

/**
 * Knocks on every door: tries each action of the venue it stands at once (walls included), then
 * walks to the next venue it has not tried, then ends months; takes the first choice of an event.
 */
export const knockBot: Bot = (level, s, options) => {
  const tried = new Set(s.log.map((l) => JSON.stringify(l.intent)));
  const fresh = (i: Intent) => !tried.has(JSON.stringify(i));
  return (
    options.find((i) => i.type === 'choose' && wouldPass(level, s, i)) ??
    options.find((i) => i.type === 'act' && fresh(i)) ??
    options.find((i) => i.type === 'move' && fresh(i)) ?? { type: 'endMonth' }
  );
};

/** The runs a new golden file starts from: a careful newcomer from each registration, and a random walker. */
export function freshRuns(level: Level): GoldenRun[] {
  const play = (name: string, bot: Bot, seed: number, registration: string, maxSteps: number) => ({
    name,
    seed,
    registration,
    intents: intentsOf(playBot(level, null, registration, seed, bot, maxSteps).state),
  });
  const outsider = (level.registrations.find((r) => r.place === 'elsewhere') ?? level.registrations[0]!).id;
  return [
    ...level.registrations.map((r) => play(`greedy-${r.id}`, greedyBot, 7, r.id, 2000)),
    play(`knock-${outsider}`, knockBot, 3, outsider, 2000),
    play(`random-${outsider}`, randomBot, 11, outsider, 600),
  ];
}

/** Plain JSON, so that what is compared is exactly what is written. */
function plain(x: unknown): unknown {
  return x === undefined ? null : JSON.parse(JSON.stringify(x));
}

/**
 * Everything the engine says about one run: its transcript and outcome, and the run's one report
 * (rules/report.ts): the twin who lives your intentions, what it did instead, the gap, the
 * attribution, and each reform's you and twin.
 */
export function record(content: Content, level: Level, run: GoldenRun): unknown {
  const me = replay(level, run.seed, run.registration, null, run.intents);
  if (!me) throw new Error(`${level.id}: registration ${run.registration} is gone`);
  const policies = level.policies
    .map((id) => content.policies.get(id))
    .filter((p): p is Policy => p !== undefined && (p.rewrites.length > 0 || p.portableInsurance === true));
  const r = report(level, me.state, null, policies);
  const reforms: Record<string, unknown> = {};
  for (const lens of r.reforms)
    reforms[lens.policyId] = plain({
      you: lens.you.outcome,
      twin: lens.twin?.outcome ?? null,
      wallsFell: lens.wallsFell,
      gap: lens.gap,
      closed: lens.closed,
    });
  return {
    // Every event but the per-stat ledger lines (the outcome holds the sums), one a line.
    transcript: plain(me.events.filter((e) => e.type !== 'stat')),
    outcome: plain(r.you.outcome),
    twin: r.twin
      ? {
          registration: r.twin.registrationId,
          outcome: plain(r.twin.outcome),
          moves: plain(r.twinMoves),
          gap: plain(r.gap),
          attribution: plain(r.attribution),
        }
      : null,
    summary: plain(r.summary),
    reforms,
  };
}

export function readGolden(levelId: string): GoldenFile | null {
  try {
    return JSON.parse(readFileSync(goldenPath(levelId), 'utf8')) as GoldenFile;
  } catch {
    return null;
  }
}

/** The golden file as it should be now: the committed runs (or fresh ones), recorded anew. */
export function computeGolden(content: Content, level: Level, committed: GoldenFile | null): GoldenFile {
  const runs = committed?.runs.map(({ recorded: _, ...run }) => run) ?? freshRuns(level);
  return {
    level: level.id,
    runs: runs.map((run) => ({ ...run, recorded: record(content, level, run) })),
    simulation: plain(
      level.registrations.flatMap((r) => [
        simulate(level, null, r.id, 'greedy', greedyBot, 3),
        simulate(level, null, r.id, 'random', randomBot, 3),
      ]),
    ),
  };
}

/**
 * Two-space JSON, but every object that holds no object or array (an intent, most events, a goal)
 * on one line, so that a diff shows one changed intent or event as one changed line.
 */
export function formatGolden(g: GoldenFile): string {
  const text = JSON.stringify(g, null, 2);
  return `${text.replace(/\{\n[^{}[\]]*\n\s*\}/g, (m) => JSON.stringify(JSON.parse(m)))}\n`;
}
