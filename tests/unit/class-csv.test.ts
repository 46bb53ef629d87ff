// The debrief's CSV: labelled columns in the class's language, the seat, months played, answers
// right and wrong (against the questions the student's class asked) and the walls by name.
import { describe, expect, it } from 'vitest';
import type { ClassSummary } from '../../src/classroom/aggregate';
import { CLASS_CSV_COLUMNS, type CsvNaming, classCsv } from '../../src/classroom/class-csv';

const base: ClassSummary = {
  levelId: 'factory-city',
  registrationId: 'rural-elsewhere',
  policyId: 'status-quo',
  classCode: 'AJFMYXDG',
  seed: 2024,
  goalsMet: 0b0011,
  goalCount: 4,
  ended: 'months',
  money: 4200,
  health: 0,
  family: 55,
  insuranceMonths: 0,
  walls: ['public-school/enrol', 'permit-office/apply-permit'],
  twin: { registrationId: 'urban-local', goalsMet: 0b1111, money: 9100 },
  quiz: { before: [1, 0, 2], after: [1, 2, 2] },
  nonce: 0,
  seat: 7,
  months: 12,
  reforms: [],
};
const zh: CsvNaming = {
  column: (c) => `列:${c}`,
  level: () => '工厂城',
  registration: (_l, id) => (id === 'rural-elsewhere' ? '外地农业户口' : '本地城镇户口'),
  ended: (r) => `结束:${r}`,
  wall: (_l, key) => (key === 'public-school/enrol' ? '报名（公办学校）' : '申领居住证（派出所）'),
  key: () => [1, 2, 2],
  joiner: '；',
};
const rows = (csv: string) => csv.trimEnd().split('\r\n');

describe('the class CSV', () => {
  it('labels every column in the class language and names levels, registrations, ends and walls', () => {
    const [head, row] = rows(classCsv([base], zh));
    expect(head).toBe(CLASS_CSV_COLUMNS.map((c) => `列:${c}`).join(','));
    const cells = row!.split(',');
    const col = (c: (typeof CLASS_CSV_COLUMNS)[number]) => cells[CLASS_CSV_COLUMNS.indexOf(c)];
    expect(col('seat')).toBe('7');
    expect(col('monthsPlayed')).toBe('12');
    expect(col('level')).toBe('工厂城');
    expect(col('registration')).toBe('外地农业户口');
    expect(col('ended')).toBe('结束:months');
    expect(col('walls')).toBe('报名（公办学校）；申领居住证（派出所）');
    expect(col('goalsMet')).toBe('2/4');
    expect(col('twinGoalsMet')).toBe('4/4');
    expect(col('health')).toBe('0');
  });

  it('counts answers right and wrong against the key of the questions asked', () => {
    const cells = rows(classCsv([base], zh))[1]!.split(',');
    const col = (c: (typeof CLASS_CSV_COLUMNS)[number]) => cells[CLASS_CSV_COLUMNS.indexOf(c)];
    // Before: 1 ✓, 0 ✗, 2 ✓; after: 1 ✓, 2 ✓, 2 ✓.
    expect([col('rightBefore'), col('wrongBefore'), col('rightAfter'), col('wrongAfter')]).toEqual([
      '2',
      '1',
      '3',
      '0',
    ]);
    // No answers: empty cells, not zeros.
    const none = rows(classCsv([{ ...base, quiz: null }], zh))[1]!.split(',');
    expect(none[CLASS_CSV_COLUMNS.indexOf('rightBefore')]).toBe('');
  });
});
