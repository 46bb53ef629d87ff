// The class result code: one short code per finished class level, read in any case and across
// spaces and line breaks, carrying the class, the seat, the level, the registration, the report.
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  type ClassSummary,
  isClassSummary,
  parseDebriefInput,
} from '../../src/classroom/aggregate';
import {
  type ClassResult,
  classResultFromReport,
  classWallKeys,
  decodeClassResult,
  encodeClassResult,
  findClassResults,
  groupClassResult,
  withAnswers,
} from '../../src/classroom/class-result';
import { classQuestions, questionsOfClass } from '../../src/classroom/quiz';
import { type ClassSession, encodeSession, registrationIdFor } from '../../src/classroom/session';
import { reportFor } from '../../src/platform/run-report';
import { type Bot, greedyBot, type Intent, playBot, wouldPass } from '../../src/rules';
import { sampleSession } from '../helpers/codes';
import { shipped } from '../helpers/shipped';

const content = shipped();
/** The shared sample class (two levels, zh-Hans, questions on) with a seed of its own. */
const session: ClassSession = { ...sampleSession, seed: 2024 };
const classCode = encodeSession(session);

/**
 * A newcomer who, from month 8 on (past the six months of residence a reform asks for), tries each
 * door with a requirement once, and so meets the walls; else plays greedily.
 */
function knocking(): Bot {
  const tried = new Set<string>();
  return (level, s, options, rand) => {
    if (s.month < 8) return greedyBot(level, s, options, rand);
    const doors = classWallKeys(level).filter((k) => {
      const [venue, action] = k.split('/');
      return level.venues.find((v) => v.id === venue)?.actions.find((a) => a.id === action)?.requires;
    });
    for (const i of options)
      if (
        i.type === 'act' &&
        doors.includes(`${i.venue}/${i.action}`) &&
        !tried.has(`${i.venue}/${i.action}`)
      ) {
        tried.add(`${i.venue}/${i.action}`);
        if (!wouldPass(level, s, i)) return i;
      }
    const next = doors.find((k) => !tried.has(k));
    const venue = next?.split('/')[0];
    const move = options.find(
      (i): i is Extract<Intent, { type: 'move' }> => i.type === 'move' && i.venue === venue,
    );
    if (next && move && !tried.has(`walk:${venue}`)) {
      tried.add(`walk:${venue}`);
      return move;
    }
    return greedyBot(level, s, options, rand);
  };
}

function played(kind: 'rural' | 'urban', seat: number, quiz: ClassResult['quiz']): ClassResult {
  const level = content.levels.get('factory-city')!;
  const policy = content.policies.get('status-quo')!;
  const { state } = playBot(
    level,
    policy,
    registrationIdFor(level.registrations, kind)!,
    session.seed,
    knocking(),
  );
  const rep = reportFor(content, level, policy, state);
  return classResultFromReport(level, rep, { classCode, seat, levelIndex: 1, kind, quiz, nonce: 37 });
}

describe('the class result code', () => {
  const rural = played('rural', 7, { before: [1, 0, 2, 3, 1], after: [] });
  const code = encodeClassResult(rural);

  it('carries the class, seat, level, registration and the report summary, and nothing lost', () => {
    const d = decodeClassResult(code);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.result).toEqual({ ...rural, quiz: { before: [1, 0, 2, 3, 1], after: [] } });
    expect(d.levelId).toBe('factory-city');
    expect(d.lang).toBe('zh-Hans');
    expect(d.result.classCode).toBe(classCode);
  });

  it('counts walls from the report (walls only, never refusals) and keeps the twin', () => {
    const level = content.levels.get('factory-city')!;
    const { state } = playBot(
      level,
      content.policies.get('status-quo')!,
      registrationIdFor(level.registrations, 'rural')!,
      session.seed,
      knocking(),
    );
    const rep = reportFor(content, level, content.policies.get('status-quo')!, state);
    // The code names each wall met, by its place in the level's list of possible walls.
    expect(rep.summary.walls.length).toBeGreaterThan(0);
    expect(rural.walls.map((i) => classWallKeys(level)[i]).sort()).toEqual([...rep.summary.walls].sort());
    // Walls are the refusals where the registration is why; other refusals never count.
    expect(rural.walls.length).toBe(new Set(state.walls.map((w) => `${w.venue}/${w.action}`)).size);
    expect(rural.twin?.money).toBe(Math.round(rep.twin!.state.stats.money / 100) * 100);
  });

  it('carries each reform lens of the report: the walls that fell, the goals under it, whether the gap shrank', () => {
    const level = content.levels.get('factory-city')!;
    const policy = content.policies.get('status-quo')!;
    const { state } = playBot(
      level,
      policy,
      registrationIdFor(level.registrations, 'rural')!,
      2024,
      knocking(),
    );
    const rep = reportFor(content, level, policy, state);
    const lenses = rep.reforms.filter((l) => l.policyId !== 'status-quo');
    expect(lenses.length).toBe(2);
    expect(rural.reforms.map((f) => level.policies[f.policy])).toEqual(lenses.map((l) => l.policyId));
    rural.reforms.forEach((f, k) => {
      const l = lenses[k]!;
      expect(f.fell.map((i) => classWallKeys(level)[i]).sort()).toEqual([...l.wallsFell].sort());
      expect(f.goals).toBe(l.you.outcome.goals.filter((g) => g.met).length);
      expect(f.shrank).toBe(l.closed!.money > 0 || l.closed!.goals > 0);
    });

    // At least one reform takes down a wall this run met: the lens is not empty.
    expect(rural.reforms.some((f) => f.fell.length > 0)).toBe(true);
    const d = decodeClassResult(code);
    expect(d.ok && d.result.reforms).toEqual(rural.reforms);
  });

  it('refuses an answer a code cannot carry (options are at most four)', () => {
    expect(() => encodeClassResult({ ...rural, quiz: { before: [4], after: [] } })).toThrow(RangeError);
  });

  it('is short: at most 40 characters for a typical run, with the answers', () => {
    const withAfter = encodeClassResult({
      ...rural,
      quiz: { before: [1, 0, 2, 3, 1], after: [2, 0, 2, 1, 1] },
    });
    const noQuiz = encodeClassResult({ ...rural, quiz: null });
    const urban = encodeClassResult(played('urban', 12, null));
    console.log(
      `class result code lengths: no answers ${noQuiz.length}, before ${code.length}, before+after ${withAfter.length}, urban ${urban.length}: ${withAfter}`,
    );
    expect(withAfter.length).toBeLessThanOrEqual(40);
    expect(noQuiz.length).toBeLessThanOrEqual(35);
  });

  it('reads in any case, across spaces, dashes and line breaks, O for 0 and I or L for 1', () => {
    const messy = groupClassResult(code)
      .toLowerCase()
      .replace(/ /g, '\n  ')
      .replace(/0/g, 'o')
      .replace(/1/g, 'l');
    const d = decodeClassResult(messy);
    expect(d.ok && d.result).toEqual(
      decodeClassResult(code).ok && (decodeClassResult(code) as { result: ClassResult }).result,
    );
  });

  it('says a wrong or missing character is wrong, and never throws on junk', () => {
    const i = 10;
    const wrong = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
    expect(decodeClassResult(wrong)).toEqual({ ok: false, error: 'bad-checksum' });
    expect(decodeClassResult(code.slice(0, -1))).toEqual({ ok: false, error: 'too-short' });
    // The envelope's errors (share/envelope.ts), as every code format gives them.
    expect(decodeClassResult('')).toEqual({ ok: false, error: 'empty' });
    expect(decodeClassResult('IWC')).toEqual({ ok: false, error: 'too-short' });
    expect(decodeClassResult('hello')).toEqual({ ok: false, error: 'unknown-version' });
    expect(decodeClassResult('IWC!!!')).toEqual({ ok: false, error: 'bad-characters' });
    expect(decodeClassResult(`${code}ZZ`)).toEqual({ ok: false, error: 'too-long' });
  });

  it('is found in chat noise, split over lines, and not inside another word', () => {
    const other = encodeClassResult(played('urban', 8, null));
    const text = `Li: here ${groupClassResult(code).toLowerCase()} thanks!\nWang:\n${other.slice(0, 12)}\n${other.slice(12)}\nXIWC0000`;
    expect(findClassResults(text)).toEqual([code, other]);
  });

  it('keeps the level’s code when the after answers are added', () => {
    const later = withAnswers(code, { before: [1, 0, 2, 3, 1], after: [2, 2, 2, 2, 2] });
    const d = decodeClassResult(later);
    expect(d.ok && d.result.quiz?.after).toEqual([2, 2, 2, 2, 2]);
    expect(d.ok && { ...d.result, quiz: null }).toEqual({ ...rural, quiz: null });
    // Without a seat, the nonce is what keeps two students apart, and it stays.
    const seatless = encodeClassResult({ ...rural, seat: null, nonce: 37 });
    const again = decodeClassResult(withAnswers(seatless, { before: [1], after: [2] }));
    expect(again.ok && again.result.nonce).toBe(37);
    expect(again.ok && again.result.seat).toBe(null);
  });
});

describe('a class whose teacher switched questions off', () => {
  // Factory city and the tutorial ask five questions; the teacher left out the first and the third.
  const tailored = encodeSession({ ...session, questionsOff: 0b00101 });
  const levelById = (id: string) => content.levels.get(id);
  const all = questionsOfClass(classCode, levelById);
  const asked = questionsOfClass(tailored, levelById);

  it('asks the levels’ questions without those switched off, in the same order', () => {
    expect(all.length).toBe(5);
    expect(asked).toEqual([all[1], all[3], all[4]]);
    expect(classQuestions(session.levels.map(levelById), 0)).toEqual(all);
  });

  it('hands in a result code that names the tailored class, so the debrief marks answers against the questions asked', () => {
    const result = { ...played('rural', 5, { before: [1, 0, 2], after: [1, 0, 2] }), classCode: tailored };
    const code = encodeClassResult(result);
    expect(code.startsWith('IWD')).toBe(true);
    const d = decodeClassResult(code.toLowerCase());
    expect(d.ok && d.result).toEqual(result);
    expect(findClassResults(`here: ${code.slice(0, 10)}\n${code.slice(10)} thanks`)).toEqual([code]);
    // Answered with each asked question's right option: every answer right against the tailored key.
    const right = asked.map((q) => q.answer);
    const rightCode = encodeClassResult({ ...result, quiz: { before: right, after: right } });
    const input = parseDebriefInput(rightCode);
    const debrief = aggregate(input.results, {
      quizFor: (r) =>
        questionsOfClass((isClassSummary(r) && r.classCode) || '', levelById).map((q) => ({
          id: q.fact,
          answer: q.answer,
        })),
    });
    const quiz = debrief.levels[0]!.quiz;
    expect(quiz.map((q) => q.id)).toEqual(asked.map((q) => q.fact));
    expect(quiz.every((q) => q.shareBefore === 1 && q.shareAfter === 1)).toBe(true);
  });

  it('refuses an IWD code whose class switches nothing off (it would be an IWC code)', () => {
    const plain = encodeClassResult(played('rural', 5, null));
    expect(decodeClassResult(`IWD${plain.slice(3)}`).ok).toBe(false);
  });
});

describe('the debrief reads class result codes', () => {
  const other = encodeSession({ ...session, seed: 77, lang: 'en' });
  const make = (seat: number, levelIndex: number, code = classCode, quiz: ClassResult['quiz'] = null) =>
    encodeClassResult({ ...played(seat % 2 ? 'rural' : 'urban', seat, quiz), classCode: code, levelIndex });

  it('lists seats handed in and missing per class, counts a code handed in twice once, keeps classes apart', () => {
    const text = [
      make(1, 0),
      make(1, 1),
      make(2, 0),
      make(2, 0, classCode, { before: [0], after: [1] }), // the same level again, with answers: one result
      make(4, 0),
      make(4, 1),
      make(1, 0, other),
    ].join('\nstudent says hi\n');
    const input = parseDebriefInput(text);
    expect(input.invalid).toEqual([]);
    expect(input.duplicates).toBe(1);
    expect(input.results.length).toBe(6);
    expect(input.classes.map((c) => c.classCode)).toEqual([classCode, other]);
    const [first, second] = input.classes;
    expect(first!.handedIn).toEqual([
      [1, 2, 4],
      [1, 4],
    ]);
    expect(first!.missing).toEqual([[3], [2, 3]]);
    expect(second!.handedIn).toEqual([[1], []]);
    // The copy with answers is the one kept.
    const seat2 = input.results.find((r) => isClassSummary(r) && r.seat === 2 && r.classCode === classCode);
    expect(seat2?.quiz).toEqual({ before: [0], after: [1] });
  });

  it('names the registration with the level’s id when told how, and keeps months and walls', () => {
    const input = parseDebriefInput(make(3, 1), (level, kind) => `${level}:${kind}`);
    const r = input.results[0]!;
    expect(r.registrationId).toBe('factory-city:rural');
    expect(r.twin?.registrationId).toBe('factory-city:urban');
    expect(isClassSummary(r) && r.months).toBe(played('rural', 3, null).months);
  });

  it('names the walls a student met, so the walls that stopped most students are there for class codes', () => {
    const level = content.levels.get('factory-city')!;
    const keysOf = (id: string) => {
      const l = content.levels.get(id)!;
      return { walls: classWallKeys(l), policies: l.policies };
    };
    const text = [make(1, 1), make(3, 1), make(2, 1)].join('\n');
    const input = parseDebriefInput(text, undefined, keysOf);
    const rural = played('rural', 1, null);
    const named = rural.walls.map((i) => classWallKeys(level)[i]!);
    expect(input.results[0]!.walls).toEqual(named);
    const d = aggregate(input.results).levels[0]!;
    // Both rural students met the same walls; the top walls are theirs, named, with the tie kept.
    expect(d.topWalls.map((w) => w.key).sort()).toEqual(
      named.filter((k) => d.walls.find((w) => w.key === k)!.students === d.topWalls[0]!.students).sort(),
    );
    expect(d.topWalls[0]!.byRegistration.rural).toBe(2);
    // The reform lenses come back by name, counted over the students who carry them.
    expect(d.reforms.map((f) => f.policyId)).toEqual(['residency-access', 'portable-insurance']);
    expect(d.reforms[0]!.students).toBe(3);
    expect(d.reforms[0]!.byRegistration.rural!.goalsUnder).toBe(rural.reforms[0]!.goals);
  });
});

describe('the debrief tells the truth', () => {
  const base = (over: Partial<ClassSummary>): ClassSummary => ({
    levelId: 'factory-city',
    registrationId: 'rural',
    policyId: 'status-quo',
    classCode,
    seed: 1,
    goalsMet: 0,
    goalCount: 4,
    ended: 'months',
    money: 1200,
    health: 50,
    family: 50,
    insuranceMonths: 0,
    walls: [],
    twin: null,
    quiz: null,
    nonce: 0,
    seat: 1,
    months: 12,
    reforms: [],
    ...over,
  });

  it('shows a tie for the top wall as a tie, not settled by name', () => {
    const rs = [
      base({ walls: ['school/enrol', 'hospital/insure'] }),
      base({ walls: ['hospital/insure', 'school/enrol'], seat: 2 }),
      base({ walls: ['bank/loan'], seat: 3 }),
    ];
    const d = aggregate(rs).levels[0]!;
    expect(d.topWalls.map((w) => w.key).sort()).toEqual(['hospital/insure', 'school/enrol']);
  });

  it('compares like with like: money per month played, months, end reasons, health 0', () => {
    const rs = [
      base({ registrationId: 'urban', money: 2000, months: 2, ended: 'goals', seat: 2 }),
      base({ registrationId: 'rural', money: 6000, months: 12, ended: 'months', seat: 1 }),
      base({ registrationId: 'rural', money: 0, months: 6, ended: 'health', health: 0, seat: 3 }),
    ];
    const d = aggregate(rs).levels[0]!;
    const urban = d.lives.find((l) => l.registrationId === 'urban')!;
    const rural = d.lives.find((l) => l.registrationId === 'rural')!;
    // The urban student ended poorer but earned more per month played.
    expect(urban.moneyPerMonth).toBe(1000);
    expect(rural.moneyPerMonth).toBe(250);
    expect(rural.months).toBe(9);
    expect(rural.ends).toEqual({ months: 1, health: 1 });
    expect(rural.healthZero).toBe(1);
    expect(urban.ends).toEqual({ goals: 1 });
  });
});
