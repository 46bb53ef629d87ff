// The family's reactions and the epilogue are chosen from level data by what happened.
import { describe, expect, it } from 'vitest';
import { epilogueFor, FACES, PORTRAITS, reactionTo, storyOf } from '../../src/content/story';
import { newRun } from '../../src/rules/state';
import type { GameEvent, RunState } from '../../src/rules/types';
import { shipped } from '../helpers/shipped';

const content = shipped();
const tutorial = content.levels.get('tutorial')!;
const start = (reg: string): RunState => newRun(tutorial, 1, reg, null)!;
const withFlags = (s: RunState, ...flags: string[]): RunState => ({ ...s, flags: [...s.flags, ...flags] });

describe('every shipped level', () => {
  it.each([...content.levels.keys()])('%s names a family whose every member ends with one line', (id) => {
    const level = content.levels.get(id)!;
    const { family, epilogue } = storyOf(level);
    expect(family.length).toBeGreaterThan(0);
    for (const m of family) expect(PORTRAITS).toContain(m.portrait);
    expect(epilogue.question.en.trim().endsWith('?')).toBe(true);
    expect(epilogue.question['zh-Hans'].trim().endsWith('？')).toBe(true);
    for (const r of level.registrations) {
      const lines = epilogueFor(level, newRun(level, 1, r.id, null)!);
      expect(lines.map((l) => l.member.id)).toEqual(family.map((m) => m.id));
      for (const l of lines) expect(FACES).toContain(l.line.face);
    }
  });
});

describe('a wall is a moment', () => {
  it.each([...content.levels.keys()])(
    '%s: every wall line is one human sentence of at most 25 words',
    (id) => {
      for (const r of storyOf(content.levels.get(id)!).reactions.filter((x) => x.on.type === 'wall')) {
        expect(r.line.en.split(/\s+/).length).toBeLessThanOrEqual(25);
        expect([...r.line['zh-Hans']].length).toBeLessThanOrEqual(50);
        // No rules words: a wall line never says "requirement", "registration:" or "one of".
        expect(r.line.en).not.toMatch(/requirement|registration:|one of:/i);
      }
    },
  );
});

describe('the epilogue', () => {
  it('follows what happened: a public-school place, another school, or none', () => {
    const lili = (s: RunState) => epilogueFor(tutorial, s).find((x) => x.member.id === 'lili')!.line;
    expect(lili(withFlags(start('rural'), 'child-in-school', 'public-school')).face).toBe('happy');
    expect(lili(withFlags(start('rural'), 'child-in-school')).line.en).toContain('two buses');
    // No school: a rural family's child goes back to the village (a claim, so it names its fact).
    const none = lili(start('rural'));
    expect(none.line.en).toContain('village');
    expect(none.facts).toContain('left-behind-grandparents');
    expect(lili(start('urban')).line.en).not.toContain('village');
  });

  it('can hang a line on a wall the run met', () => {
    const level = structuredClone(tutorial);
    const story = storyOf(level);
    story.epilogue.lines.unshift({
      member: 'lili',
      wall: { venue: 'public-school' },
      face: 'hurt',
      line: { en: 'walled', 'zh-Hans': '墙' },
    });
    Object.assign(level, story);
    const s = start('rural');
    expect(epilogueFor(level, s)[0]!.line.line.en).not.toBe('walled');
    const hit = {
      ...s,
      walls: [
        { month: 1, source: 'venue' as const, venue: 'public-school', action: 'enrol', unmet: [], facts: [] },
      ],
    };
    expect(epilogueFor(level, hit)[0]!.line.line.en).toBe('walled');
  });
});

describe('reactions', () => {
  const blocked: GameEvent = {
    type: 'blocked',
    kind: 'wall',
    reason: null,
    source: 'venue',
    venue: 'public-school',
    action: 'enrol',
    unmet: [],
    facts: [],
    alternatives: [],
  };
  it('answer a wall with the named member and a face', () => {
    const r = reactionTo(tutorial, [blocked])!;
    expect(r.member.name.en).toBe('Lili');
    expect(r.reaction.face).toBe('hurt');
  });
  it('say nothing to a refusal at the same door: only a wall is the registration', () => {
    expect(reactionTo(tutorial, [{ ...blocked, kind: 'refusal', reason: 'money' } as GameEvent])).toBeNull();
  });
  it('prefer a goal met over anything else in the same step', () => {
    const r = reactionTo(tutorial, [
      { type: 'eventDrawn', event: 'fever' },
      { type: 'goalMet', goal: 'find-home' },
    ]);
    expect(r?.reaction.on).toEqual({ type: 'goal', id: 'find-home' });
  });
  it('stay silent when nothing in the level answers', () => {
    expect(reactionTo(tutorial, [{ type: 'moved', venue: 'factory', days: 1 }])).toBeNull();
  });
});
