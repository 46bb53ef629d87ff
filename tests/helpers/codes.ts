// One sample of each code format's value, shared by the formats' own tests (share-result-code,
// share-run-code, classroom-session) and by share-envelope, which puts all of them through the one
// envelope. The formats' golden codes decode to exactly these values: change one and its golden
// code no longer matches.
import type { ClassSession } from '../../src/classroom/session';
import type { ResultSummary } from '../../src/share/result-code';
import type { RunRecord } from '../../src/store/run-record';

/** A finished run with every optional part filled (class code, twin, quiz). */
export const sampleResult: ResultSummary = {
  levelId: 'test',
  registrationId: 'rural',
  policyId: 'status-quo',
  classCode: 'AKWT23YU',
  seed: 4_000_000_000,
  goalsMet: 0b01,
  goalCount: 2,
  ended: 'months',
  money: -1200,
  health: 74,
  family: 58,
  insuranceMonths: 5,
  walls: ['school/enrol', 'call/fly'],
  twin: { registrationId: 'urban', goalsMet: 0b11, money: 3400 },
  quiz: { before: [0, 2, 1], after: [1, 2, 3] },
  nonce: 40_321,
};

/** A run record with one intent of each kind: move, act, end the month, choose. */
export const sampleRecord: RunRecord = {
  levelId: 'test',
  seed: 7,
  registrationId: 'rural',
  policyId: 'status-quo',
  intents: [
    { type: 'move', venue: 'school' },
    { type: 'act', venue: 'school', action: 'enrol' },
    { type: 'move', venue: 'factory' },
    { type: 'act', venue: 'factory', action: 'sign' },
    { type: 'endMonth' },
    { type: 'choose', choice: 'phone' },
  ],
};

/** A two-level class in Chinese with the questions on, students alternating registrations. */
export const sampleSession: ClassSession = {
  v: 1,
  levels: ['tutorial', 'factory-city'],
  seed: 20_417,
  assign: 'alternate',
  lang: 'zh-Hans',
  quiz: true,
};
