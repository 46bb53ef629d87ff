// debrief.codes_1000_ms: a teacher pastes 1,000 result codes inside chat noise; the time to find,
// read, deduplicate and aggregate them (median of 5). Budget: 1,000 ms.
// Run alone with `npx tsx scripts/bench-debrief.ts`, or as the `debrief` group of `npm run bench`.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { aggregate, parseDebriefInput } from '../src/classroom/aggregate';
import { classWallKeys, encodeClassResult, groupClassResult } from '../src/classroom/class-result';
import { encodeSession } from '../src/classroom/session';
import { loadContent } from '../src/content/load';
import { generator, greedyBot, intentsOf, playBot, randomBot, replay, twinRegistration } from '../src/rules';
import { encodeResult, resultFromRun } from '../src/share/result-code';
import type { Figure } from './bench/figure';
import { contentFiles } from './node-content';

export const DEBRIEF_BUDGET_MS = 1000;
const CODES = 1000;
const REPEATS = 5;

/** 1,000 codes from bot runs on the shipped levels, pasted as a chat log with noise and repeats. */
function pastedText(): { text: string; classText: string; order: string[] } {
  const content = loadContent(contentFiles());
  const levels = content.order.map((id) => content.levels.get(id)!);
  if (levels.length === 0) throw new Error('no level loads; run npm run levels:check');
  const rand = generator(2026);
  const lines: string[] = [];
  const classLines: string[] = [];
  // Two classes of 500 seats, three levels each: class result codes, some split over two lines.
  const classCodes = [0, 1].map((k) =>
    encodeSession({
      v: 1,
      levels: ['tutorial', 'factory-city', 'megacity'],
      seed: 2024 + k,
      assign: 'alternate',
      lang: 'en',
      quiz: true,
    }),
  );
  for (let i = 0; i < CODES; i++) {
    const level = levels[i % levels.length]!;
    const registrationId = level.registrations[i % level.registrations.length]!.id;
    const policyId = level.policies[Math.floor(i / levels.length) % Math.max(1, level.policies.length)];
    const policy = (policyId && content.policies.get(policyId)) || null;
    const game = playBot(level, policy, registrationId, i * 7919, i % 3 ? greedyBot : randomBot);
    const twin = twinRegistration(level, registrationId);
    const twinState = twin ? replay(level, i * 7919, twin.id, policy, intentsOf(game.state))!.state : null;
    const quiz = { before: [i % 4, (i >> 2) % 4, 1], after: [1, 2, i % 2] };
    const code = encodeResult(
      resultFromRun(level, game.state, twinState, quiz, { classCode: 'AKWT23YU', nonce: i }),
    );
    const noise = Math.floor(rand() * 1e9).toString(36);
    const seat = (i % 500) + 1;
    const classCode = encodeClassResult({
      classCode: classCodes[Math.floor(i / 500)]!,
      seat,
      levelIndex: i % 3,
      kind: seat % 2 ? 'rural' : 'urban',
      goalCount: Math.min(7, level.goals.length),
      goalsMet: i % 4,
      ended: game.state.ended?.reason ?? null,
      months: Math.min(63, game.state.month),
      money: Math.round(game.state.stats.money / 100) * 100,
      health: Math.max(0, Math.min(100, Math.round(game.state.stats.health))),
      family: Math.max(0, Math.min(100, Math.round(game.state.stats.family))),
      walls: [...new Set(game.state.walls.map((w) => classWallKeys(level).indexOf(`${w.venue}/${w.action}`)))]
        .filter((k) => k >= 0)
        .sort((a, b) => a - b),
      reforms: [
        { policy: 1, fell: [], goals: i % 4, shrank: i % 2 === 0 },
        { policy: 2, fell: [], goals: (i + 1) % 4, shrank: i % 3 === 0 },
      ],
      twin: twinState ? { goalsMet: 1, money: Math.round(twinState.stats.money / 100) * 100 } : null,
      quiz: { before: [i % 3, 1, 2, 0, 1], after: [1, 2, i % 2, 0, 1] },
      nonce: i,
    });
    classLines.push(
      i % 7
        ? `student ${i}: ${noise} ${groupClassResult(classCode).toLowerCase()} ok`
        : `${classCode.slice(0, 20)}\n${classCode.slice(20)}`,
    );
    lines.push(
      `[${String(8 + (i % 5)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}] student ${i}: ${noise} (${code}) thanks!`,
    );
    if (i % 50 === 0) lines.push(`resent: "${code}",`);
    if (i % 97 === 0) lines.push(`IW1-${noise}${noise} IW1- <- oops`);
  }
  return { text: lines.join('\n'), classText: classLines.join('\n'), order: content.order };
}

export async function benchDebrief(): Promise<Figure[]> {
  const { text, classText, order } = pastedText();
  const quizKey = [1, 2, 0];
  // Warm up once, and check that every code was read.
  const first = parseDebriefInput(text);
  if (first.results.length !== CODES) throw new Error(`read ${first.results.length} of ${CODES} codes`);
  aggregate(first.results, { order, quizKey });
  const times: number[] = [];
  for (let k = 0; k < REPEATS; k++) {
    const t0 = performance.now();
    const input = parseDebriefInput(text);
    aggregate(input.results, { order, quizKey });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  // The class result codes (IWC…) a class hands in: 1,000, read, deduplicated by seat, aggregated.
  const content = loadContent(contentFiles());
  const keysOf = (id: string) => {
    const level = content.levels.get(id);
    return level ? { walls: classWallKeys(level), policies: level.policies } : undefined;
  };
  const firstClass = parseDebriefInput(classText, undefined, keysOf);
  if (firstClass.results.length !== CODES)
    throw new Error(`read ${firstClass.results.length} of ${CODES} class codes`);
  const classTimes: number[] = [];
  for (let k = 0; k < REPEATS; k++) {
    const t0 = performance.now();
    const input = parseDebriefInput(classText, undefined, keysOf);
    aggregate(input.results, { order, quizKey });
    classTimes.push(performance.now() - t0);
  }
  classTimes.sort((a, b) => a - b);
  const classMedian = classTimes[Math.floor(classTimes.length / 2)]!;
  return [
    { name: 'debrief.codes_1000_ms', value: Math.round(median * 10) / 10, unit: 'ms' },
    { name: 'debrief.class_codes_1000_ms', value: Math.round(classMedian * 10) / 10, unit: 'ms' },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const f of await benchDebrief()) {
    console.log(`${f.name} ${f.value} ${f.unit}`);
    if (f.value > DEBRIEF_BUDGET_MS) {
      console.error(`over the budget of ${DEBRIEF_BUDGET_MS} ms`);
      process.exitCode = 1;
    }
  }
}
