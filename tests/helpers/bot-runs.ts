// Bot-made runs and results for the share and classroom tests (and the debrief bench).

import { contentFiles } from '../../scripts/node-content';
import { loadContent } from '../../src/content/load';
import {
  type Bot,
  greedyBot,
  type Level,
  type Policy,
  playBot,
  type RunState,
  randomBot,
  report,
} from '../../src/rules';
import { type QuizAnswers, type ResultSummary, resultFromRun } from '../../src/share/result-code';
import { type RunRecord, recordOf } from '../../src/store/run-record';
import { testLevel } from './builders';

export const BOTS: readonly [string, Bot][] = [
  ['random', randomBot],
  ['greedy', greedyBot],
];

export interface Playground {
  level: Level;
  policies: (Policy | null)[];
}

/** The test level, plus every shipped level that loads without problems, each with its policies. */
export function playgrounds(): Playground[] {
  const out: Playground[] = [{ level: testLevel(), policies: [null] }];
  const content = loadContent(contentFiles());
  for (const id of content.order) {
    const level = content.levels.get(id)!;
    const policies = level.policies.map((p) => content.policies.get(p)).filter((p) => p !== undefined);
    out.push({ level, policies: policies.length ? policies : [null] });
  }
  return out;
}

/**
 * One playground by level id. Call it inside a test, not when a file loads: mutation testing
 * (Stryker) then attributes the rules code run here to that test rather than to every test.
 */
export function playground(id: string): Playground {
  const found = playgrounds().find((p) => p.level.id === id);
  if (!found) throw new Error(`no playground "${id}"`);
  return found;
}

export interface BotRun {
  level: Level;
  policy: Policy | null;
  state: RunState;
  twinState: RunState | null;
  record: RunRecord;
}

export function botRun(
  level: Level,
  policy: Policy | null,
  registrationId: string,
  seed: number,
  bot: Bot,
): BotRun {
  const { state } = playBot(level, policy, registrationId, seed, bot);
  // The twin as every screen gets it: the run's report (the other registration living its intentions).
  const twinState = report(level, state, policy, []).twin?.state ?? null;
  return { level, policy, state, twinState, record: recordOf(state) };
}

export function botResult(
  level: Level,
  policy: Policy | null,
  registrationId: string,
  seed: number,
  bot: Bot,
  quiz?: QuizAnswers | null,
  extra?: { classCode?: string | null; nonce?: number },
): { result: ResultSummary; run: BotRun } {
  const run = botRun(level, policy, registrationId, seed, bot);
  return { result: resultFromRun(level, run.state, run.twinState, quiz, extra), run };
}
