import { describe, expect, it } from 'vitest';
import { aggregate, CSV_COLUMNS, csvField, parseDebriefInput, toCsv } from '../../src/classroom/aggregate';
import { goalsMet, wallKey } from '../../src/rules';
import { encodeResult, type ResultSummary } from '../../src/share/result-code';
import { BOTS, type BotRun, botResult } from '../helpers/bot-runs';
import { testLevel } from '../helpers/builders';

const level = testLevel();
const QUIZ_KEY = [1, 2, 0];

/** 30 students: alternate seats, alternate bots, their own seeds; quiz answers that improve a little. */
const students = Array.from({ length: 30 }, (_, i) => {
  const reg = i % 2 ? 'urban' : 'rural';
  const bot = BOTS[Math.floor(i / 2) % 2]![1];
  const quiz = { before: [i % 3, (i + 1) % 3, i % 2], after: [1, i % 4 === 0 ? 0 : 2, 0] };
  return botResult(level, null, reg, 1000 + i * 17, bot, quiz, { classCode: 'AKWT23YU', nonce: i });
});
const results: ResultSummary[] = students.map((s) => s.result);
const runs: BotRun[] = students.map((s) => s.run);
const regOf = (run: BotRun) => run.state.registrationId;
const rounded = (yuan: number) => Math.round(yuan / 100) * 100;

/** A small RFC 4180 reader, written apart from the writer. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('debrief aggregation of 30 bot-made results', () => {
  const debrief = aggregate(results, { quizKey: QUIZ_KEY });
  const d = debrief.levels[0]!;

  it('groups by level and counts students by registration', () => {
    expect(debrief.students).toBe(30);
    expect(debrief.levels.map((l) => l.levelId)).toEqual(['test']);
    expect(d.byRegistration).toEqual({
      rural: runs.filter((r) => regOf(r) === 'rural').length,
      urban: runs.filter((r) => regOf(r) === 'urban').length,
    });
    expect(d.registrations).toEqual(['rural', 'urban']);
    expect(d.policies).toEqual({ 'status-quo': 30 });
  });

  it('counts goals met per registration, one bucket per number of goals', () => {
    expect(d.goals.edges).toEqual([0, 1, 2, 3]);
    for (const reg of ['rural', 'urban']) {
      const expected = [0, 0, 0];
      for (const r of runs.filter((x) => regOf(x) === reg)) expected[goalsMet(level, r.state).length]!++;
      expect(d.goals.counts[reg]).toEqual(expected);
    }
  });

  it('puts health and family into fifths of 0–100', () => {
    expect(d.health.edges).toEqual([0, 20, 40, 60, 80, 100]);
    for (const stat of ['health', 'family'] as const) {
      for (const reg of ['rural', 'urban']) {
        const expected = [0, 0, 0, 0, 0];
        for (const r of runs.filter((x) => regOf(x) === reg))
          expected[Math.min(4, Math.floor(r.state.stats[stat] / 20))]!++;
        expect(d[stat].counts[reg]).toEqual(expected);
      }
    }
  });

  it('chooses money buckets of one nice width that cover every student', () => {
    const values = runs.map((r) => rounded(r.state.stats.money));
    const { edges, counts } = d.money;
    const step = edges[1]! - edges[0]!;
    edges.forEach((e, i) => expect(e).toBe(edges[0]! + i * step));
    const mantissa = step / 10 ** Math.floor(Math.log10(step));
    expect([1, 2, 2.5, 5]).toContain(mantissa);
    expect(step).toBeGreaterThanOrEqual(100);
    expect(edges[0]).toBeLessThanOrEqual(Math.min(...values));
    expect(edges.at(-1)).toBeGreaterThanOrEqual(Math.max(...values));
    expect(edges.length - 1).toBeLessThanOrEqual(8);
    for (const reg of ['rural', 'urban']) {
      const expected = new Array(edges.length - 1).fill(0);
      for (const r of runs.filter((x) => regOf(x) === reg)) {
        const v = rounded(r.state.stats.money);
        expected[Math.min(edges.length - 2, Math.floor((v - edges[0]!) / step))]++;
      }
      expect(counts[reg]).toEqual(expected);
    }
    expect(aggregate([...results].reverse()).levels[0]!.money).toEqual(d.money);
  });

  it('ranks the walls by how many students they stopped, with counts by registration', () => {
    const stopped = new Map<string, BotRun[]>();
    for (const r of runs)
      for (const key of new Set(r.state.walls.map(wallKey)))
        stopped.set(key, [...(stopped.get(key) ?? []), r]);
    const expected = [...stopped.entries()]
      .map(([key, rs]) => ({
        key,
        students: rs.length,
        byRegistration: Object.fromEntries(
          ['rural', 'urban']
            .map((reg) => [reg, rs.filter((r) => regOf(r) === reg).length])
            .filter(([, n]) => n),
        ),
      }))
      .sort((a, b) => b.students - a.students || a.key.localeCompare(b.key));
    expect(expected.length).toBeGreaterThan(0);
    expect(d.walls).toEqual(expected);
    // The public school's wall stands only for the rural newcomer.
    const school = d.walls.find((w) => w.key === 'school/enrol');
    expect(school?.byRegistration).toEqual({ rural: school?.students });
  });

  it('measures the twin gaps: money and goals, you minus your twin', () => {
    const moneyGaps = runs.map((r) => rounded(r.state.stats.money) - rounded(r.twinState!.stats.money));
    const goalGaps = runs.map((r) => goalsMet(level, r.state).length - goalsMet(level, r.twinState!).length);
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(d.twin.students).toBe(30);
    expect(d.twin.money.mean).toBeCloseTo(avg(moneyGaps), 9);
    expect(d.twin.goals.mean).toBeCloseTo(avg(goalGaps), 9);
    const ruralGoalGaps = goalGaps.filter((_, i) => regOf(runs[i]!) === 'rural');
    expect(d.twin.goals.meanByRegistration.rural).toBeCloseTo(avg(ruralGoalGaps), 9);
    expect(avg(ruralGoalGaps)).toBeLessThanOrEqual(0);
    const goalHistogram = d.twin.goals.distribution;
    expect(goalHistogram.edges[0]).toBe(Math.min(...goalGaps));
    expect(
      Object.values(goalHistogram.counts)
        .flat()
        .reduce((a, b) => a + b, 0),
    ).toBe(30);
  });

  it('gives the share correct before and after for each quiz question', () => {
    expect(d.quiz).toHaveLength(QUIZ_KEY.length);
    QUIZ_KEY.forEach((answer, q) => {
      const before = results.filter((r) => r.quiz!.before[q] === answer).length;
      const after = results.filter((r) => r.quiz!.after[q] === answer).length;
      expect(d.quiz[q]).toEqual({
        question: q,
        id: String(q),
        answeredBefore: 30,
        correctBefore: before,
        answeredAfter: 30,
        correctAfter: after,
        shareBefore: before / 30,
        shareAfter: after / 30,
      });
    });
    expect(d.quiz[0]!.shareAfter).toBe(1);
  });

  it('marks each result against the questions its own class asked, by question id', () => {
    // Two classes ask different questions: the first "a", "b"; the second "b", "c".
    const asked: Record<string, { id: string; answer: number }[]> = {
      X: [
        { id: 'a', answer: 0 },
        { id: 'b', answer: 1 },
      ],
      Y: [
        { id: 'b', answer: 1 },
        { id: 'c', answer: 2 },
      ],
    };
    const two = results.slice(0, 4).map((r, i) => ({
      ...r,
      classCode: i < 2 ? 'X' : 'Y',
      quiz: i < 2 ? { before: [0, 0], after: [0, 1] } : { before: [1, 0], after: [1, 2] },
    }));
    const q = aggregate(two, { quizFor: (r) => asked[r.classCode!]! }).levels[0]!.quiz;
    expect(q.map((row) => row.id)).toEqual(['a', 'b', 'c']);
    const b = q.find((row) => row.id === 'b')!;
    // "b" was second for X (0 before, 1 after: wrong then right) and first for Y (1, 1: right both times).
    expect([b.answeredBefore, b.correctBefore, b.correctAfter]).toEqual([4, 2, 4]);
    expect(q.find((row) => row.id === 'c')!.correctBefore).toBe(0);
    expect(q.find((row) => row.id === 'c')!.correctAfter).toBe(2);
  });

  it('writes a CSV with a header and one row per student, and nothing personal', () => {
    const csv = toCsv(results);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = readCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(31);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    rows.slice(1).forEach((row, i) => {
      const run = runs[i]!;
      expect(row).toHaveLength(CSV_COLUMNS.length);
      expect(row[col('registration')]).toBe(regOf(run));
      expect(Number(row[col('money')])).toBe(rounded(run.state.stats.money));
      expect(Number(row[col('goals_met')])).toBe(goalsMet(level, run.state).length);
      expect(row[col('walls')]!.split(' ').filter(Boolean)).toEqual([
        ...new Set(run.state.walls.map(wallKey)),
      ]);
      expect(Number(row[col('money_gap')])).toBe(
        rounded(run.state.stats.money) - rounded(run.twinState!.stats.money),
      );
      expect(row[col('class')]).toBe('AKWT23YU');
    });
    expect(csv).not.toMatch(/nonce/);
  });
});

describe('debrief input', () => {
  it('finds the codes in pasted text, counts duplicates once and lists the unreadable', () => {
    const codes = results.slice(0, 3).map(encodeResult);
    const typo = `${codes[0]!.slice(0, 10)}${codes[0]![10] === 'z' ? 'y' : 'z'}${codes[0]!.slice(11)}`;
    const text = `Mei ${codes[0]}\nTom: "${codes[1]}", again ${codes[1]}\nAna (${codes[2]})\nBen ${typo}\nnoise IW1- IW9`;
    const input = parseDebriefInput(text);
    expect(input.results).toEqual(results.slice(0, 3));
    expect(input.duplicates).toBe(1);
    expect(input.invalid).toEqual([{ code: typo, error: 'bad-checksum' }]);
  });

  it('gives the same debrief whichever order the codes were pasted in', () => {
    const codes = results.map(encodeResult);
    const a = aggregate(parseDebriefInput(codes.join('\n')).results, { quizKey: QUIZ_KEY });
    const b = aggregate(parseDebriefInput([...codes].reverse().join(' ; ')).results, { quizKey: QUIZ_KEY });
    expect(b.levels[0]!.walls).toEqual(a.levels[0]!.walls);
    expect(b.levels[0]!.money).toEqual(a.levels[0]!.money);
    expect(b.levels[0]!.twin.money.mean).toBeCloseTo(a.levels[0]!.twin.money.mean, 9);
  });

  it('orders levels by the play order it is given', () => {
    const other = { ...results[0]!, levelId: 'tutorial' };
    const debrief = aggregate([results[0]!, other], { order: ['tutorial', 'test'] });
    expect(debrief.levels.map((l) => l.levelId)).toEqual(['tutorial', 'test']);
  });
});

describe('CSV fields', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(-1200)).toBe('-1200');
  });

  it('never lets a text cell be read as a spreadsheet formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
  });
});
