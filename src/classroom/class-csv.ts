// The debrief's CSV in the class's language: one row per result handed in, labelled columns (seat,
// months played, answers right and wrong, walls named), nothing personal. Pure: the caller gives the
// column labels and the names, so the same rows come out in English or Chinese.

import type { ResultSummary } from '../share/result-code';
import { csvField, isClassSummary, popcount } from './aggregate';

export const CLASS_CSV_COLUMNS = [
  'seat',
  'class',
  'level',
  'registration',
  'monthsPlayed',
  'ended',
  'goalsMet',
  'money',
  'health',
  'family',
  'walls',
  'twinGoalsMet',
  'twinMoney',
  'rightBefore',
  'wrongBefore',
  'rightAfter',
  'wrongAfter',
] as const;
export type ClassCsvColumn = (typeof CLASS_CSV_COLUMNS)[number];

export interface CsvNaming {
  column: (c: ClassCsvColumn) => string;
  level: (levelId: string) => string;
  registration: (levelId: string, registrationId: string) => string;
  ended: (reason: string) => string;
  wall: (levelId: string, key: string) => string;
  /** The right answers of the questions this result's answers refer to. */
  key: (r: ResultSummary) => readonly number[];
  /** Joins the walls' names in one cell. */
  joiner: string;
}

function marks(
  answers: readonly number[] | undefined,
  key: readonly number[],
): [number, number] | [null, null] {
  if (!answers || answers.length === 0) return [null, null];
  let right = 0;
  let wrong = 0;
  key.forEach((a, i) => {
    if (answers[i] === undefined) return;
    if (answers[i] === a) right++;
    else wrong++;
  });
  return [right, wrong];
}

/** A header row of labels and one row per result, CRLF line ends. */
export function classCsv(results: readonly ResultSummary[], n: CsvNaming): string {
  const rows = results.map((r) => {
    const key = n.key(r);
    const [rightBefore, wrongBefore] = marks(r.quiz?.before, key);
    const [rightAfter, wrongAfter] = marks(r.quiz?.after, key);
    const cls = isClassSummary(r) ? r : null;
    return [
      cls?.seat ?? null,
      r.classCode,
      n.level(r.levelId),
      n.registration(r.levelId, r.registrationId),
      cls ? cls.months : null,
      n.ended(r.ended ?? 'none'),
      `${popcount(r.goalsMet)}/${r.goalCount}`,
      r.money,
      r.health,
      r.family,
      r.walls.map((w) => n.wall(r.levelId, w)).join(n.joiner),
      r.twin ? `${popcount(r.twin.goalsMet)}/${r.goalCount}` : null,
      r.twin?.money ?? null,
      rightBefore,
      wrongBefore,
      rightAfter,
      wrongAfter,
    ];
  });
  const head = CLASS_CSV_COLUMNS.map(n.column);
  return `${[head, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
