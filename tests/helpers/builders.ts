// Small builders so that rule tests read as policy.
import type { ActionDef, Level, Requirement, RunState, Venue, WallHit } from '../../src/rules';
import { newRun } from '../../src/rules';

const t = (en: string) => ({ en, 'zh-Hans': en });

export function action(id: string, over: Partial<ActionDef> = {}): ActionDef {
  return { id, name: t(id), description: t(id), days: 1, cost: 0, effects: [], facts: ['fact'], ...over };
}

export function venue(
  id: string,
  x: number,
  y: number,
  actions: ActionDef[],
  over: Partial<Venue> = {},
): Venue {
  return { id, kind: 'office', name: t(id), x, y, district: 'd', actions, ...over };
}

/** A small city: a station, a school with a hukou wall, a factory with an insured job, a room to rent. */
export function testLevel(over: Partial<Level> = {}): Level {
  const schoolWall: Requirement = {
    type: 'any',
    any: [
      { type: 'registration', place: 'local' },
      { type: 'document', id: 'residence-permit' },
    ],
  };
  return {
    id: 'test',
    title: t('Test'),
    summary: t('Test'),
    note: t('Test'),
    rulesAsOf: 2026,
    reformMade: { text: t('Reform'), facts: ['fact'] },
    // The named family every level file has (src/content/story.ts, not part of the rules' Level):
    // one member, with a line for any ending.
    ...({
      family: [{ id: 'mei', name: t('Mei'), role: t('Daughter'), portrait: 'girl-plaits', intro: t('Mei') }],
      reactions: [],
      epilogue: { lines: [{ member: 'mei', face: 'hopeful', line: t('Later') }], question: t('Why?') },
    } as object),
    city: { name: t('Testville'), population: '1–3 million', width: 20, height: 12 },
    months: 6,
    daysPerMonth: 8,
    walkTilesPerDay: 10,
    livingCost: 1000,
    start: {
      stats: { money: 3000, health: 80, family: 60, insuranceMonths: 0, residenceMonths: 0, points: 0 },
      at: 'station',
    },
    registrations: [
      {
        id: 'rural',
        name: t('Rural'),
        kind: 'rural',
        place: 'elsewhere',
        start: { documents: ['land-contract'] },
        insuranceElsewhere: 12,
      },
      { id: 'urban', name: t('Urban'), kind: 'urban', place: 'local', start: {} },
    ],
    districts: [{ id: 'd', name: t('D'), x: 0, y: 0, w: 20, h: 12 }],
    venues: [
      venue('station', 0, 0, [action('rest', { effects: [{ type: 'stat', stat: 'health', add: 5 }] })]),
      venue('school', 5, 0, [
        action('enrol', {
          days: 2,
          requires: schoolWall,
          once: true,
          alternatives: [{ venue: 'private', action: 'enrol' }],
          effects: [{ type: 'flag', id: 'in-school', set: true }],
        }),
      ]),
      venue('private', 5, 5, [
        action('enrol', { cost: 500, once: true, effects: [{ type: 'flag', id: 'in-school', set: true }] }),
      ]),
      venue('factory', 15, 0, [
        action('sign', {
          days: 2,
          effects: [
            { type: 'take', slot: 'job', option: 'factory-job' },
            { type: 'document', id: 'labour-contract', gain: true },
          ],
        }),
      ]),
      venue('rooms', 0, 10, [
        action('rent', { effects: [{ type: 'take', slot: 'housing', option: 'room' }] }),
      ]),
      venue('permit-office', 10, 10, [
        action('apply', {
          requires: {
            type: 'all',
            all: [
              { type: 'stat', stat: 'residenceMonths', atLeast: 3 },
              { type: 'document', id: 'labour-contract' },
            ],
          },
          once: true,
          effects: [{ type: 'document', id: 'residence-permit', gain: true }],
        }),
      ]),
    ],
    options: [
      {
        id: 'factory-job',
        slot: 'job',
        name: t('Factory'),
        monthly: 5000,
        insured: true,
        contribution: 500,
        health: -2,
      },
      { id: 'room', slot: 'housing', name: t('Room'), monthly: -1000 },
    ],
    events: [
      {
        id: 'bill',
        title: t('Bill'),
        text: t('Bill'),
        weight: 1,
        effects: [{ type: 'stat', stat: 'money', add: -200 }],
        facts: ['fact'],
      },
      {
        id: 'call',
        title: t('Call'),
        text: t('Call'),
        weight: 1,
        effects: [],
        choices: [
          {
            id: 'fly',
            label: t('Fly'),
            requires: { type: 'stat', stat: 'money', atLeast: 100000 },
            effects: [],
          },
          { id: 'phone', label: t('Phone'), effects: [{ type: 'stat', stat: 'family', add: 2 }] },
        ],
        facts: ['fact'],
      },
    ],
    goals: [
      { id: 'school', name: t('School'), requires: { type: 'flag', id: 'in-school' } },
      { id: 'permit', name: t('Permit'), requires: { type: 'document', id: 'residence-permit' }, top: true },
    ],
    monthly: [],
    lose: { moneyBelow: -5000 },
    policies: [],
    documents: [
      { id: 'residence-permit', name: t('Permit') },
      { id: 'labour-contract', name: t('Contract') },
      { id: 'land-contract', name: t('Land') },
    ],
    flags: [{ id: 'in-school', name: t('In school') }],
    facts: [],
    ...over,
  };
}

export function run(level: Level, registration = 'rural', seed = 7): RunState {
  return newRun(level, seed, registration, null)!;
}

/** A wall met at a venue's action in month 1, with nothing unmet named: for tests that count walls. */
export function wallAt(venue: string, action: string): WallHit {
  return { month: 1, source: 'venue', venue, action, unmet: [], facts: [] };
}
