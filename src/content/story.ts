// The level's people: its named family, their one-line reactions to walls, events and goals,
// and the "A year later…" epilogue chosen by what happened. Data in the level files; the
// choice of lines is pure (no DOM), so tests and the outcome agree.
import { meets } from '../rules/requirements';
import type { GameEvent, Level, Localized, Requirement, RunState } from '../rules/types';

/** The expressions every portrait is drawn with (scripts/art/portraits.ts). */
export const FACES = ['hopeful', 'worried', 'happy', 'hurt'] as const;
export type Face = (typeof FACES)[number];

/**
 * The portraits the art script draws, one per person. A level's family member names one of
 * these; `levels:check` fails on any other, so no level can show a missing face.
 */
export const PORTRAITS = [
  'girl-plaits',
  'grandma-grey',
  'boy-short',
  'woman-short',
  'girl-ponytail',
  'man-cap',
  'girl-bob',
  'boy-teen',
  'woman-bun',
  'boy-cap',
  'man-short',
  'grandma-glasses',
  'girl-clips',
  'grandma-curly',
  'grandpa-bald',
  'boy-round',
  'man-glasses',
] as const;
export type PortraitId = (typeof PORTRAITS)[number];

/** The art key of a portrait in an expression, e.g. "portrait-girl-plaits-happy". */
export const portraitKey = (portrait: string, face: Face): string => `portrait-${portrait}-${face}`;

export interface FamilyMember {
  id: string;
  name: Localized;
  /** Who they are to you, e.g. "your daughter, 8". */
  role: Localized;
  portrait: string;
  /** One line at the level's start: who they are, what they hope for. */
  intro: Localized;
}

export type ReactionTrigger =
  | { type: 'wall'; venue: string; action?: string }
  | { type: 'event'; id: string }
  | { type: 'goal'; id: string };

export interface Reaction {
  on: ReactionTrigger;
  member: string;
  face: Face;
  line: Localized;
}

export interface EpilogueLine {
  member: string;
  /** Shown when the end state meets this; the first line that holds is the member's. */
  when?: Requirement;
  /** Shown only if the run met a wall at this venue (and action, if given). */
  wall?: { venue: string; action?: string };
  face: Face;
  line: Localized;
  /** The facts a line rests on, where it claims one. */
  facts?: string[];
}

export interface Epilogue {
  lines: EpilogueLine[];
  /** The one question the level ends on, for the class to discuss. */
  question: Localized;
}

export interface Story {
  family: FamilyMember[];
  reactions: Reaction[];
  epilogue: Epilogue;
}

/** A level's story, or an empty one for levels built in code (tests). */
export function storyOf(level: Level): Story {
  const l = level as Level & Partial<Story>;
  return {
    family: l.family ?? [],
    reactions: l.reactions ?? [],
    epilogue: l.epilogue ?? { lines: [], question: { en: '', 'zh-Hans': '' } },
  };
}

const fits = (on: ReactionTrigger, e: GameEvent): boolean => {
  if (on.type === 'wall')
    return (
      // A wall only: a refusal for money, days or an earlier choice is not what the family answers.
      e.type === 'blocked' &&
      e.kind === 'wall' &&
      e.venue === on.venue &&
      (on.action === undefined || on.action === e.action)
    );
  if (on.type === 'event') return e.type === 'eventDrawn' && e.event === on.id;
  return e.type === 'goalMet' && e.goal === on.id;
};

/** The family's reaction to a step's events: goals first, then walls, then events; null if none. */
export function reactionTo(
  level: Level,
  events: readonly GameEvent[],
): { reaction: Reaction; member: FamilyMember } | null {
  const story = storyOf(level);
  for (const kind of ['goal', 'wall', 'event'] as const) {
    for (const e of events) {
      const r = story.reactions.find((x) => x.on.type === kind && fits(x.on, e));
      const member = r && story.family.find((m) => m.id === r.member);
      if (r && member) return { reaction: r, member };
    }
  }
  return null;
}

/** Per family member, in family order, the first epilogue line whose condition the end state meets. */
export function epilogueFor(level: Level, end: RunState): { member: FamilyMember; line: EpilogueLine }[] {
  const story = storyOf(level);
  const out: { member: FamilyMember; line: EpilogueLine }[] = [];
  for (const member of story.family) {
    const line = story.epilogue.lines.find(
      (l) =>
        l.member === member.id &&
        (l.when === undefined || meets(l.when, end)) &&
        (l.wall === undefined ||
          end.walls.some(
            (w) => w.venue === l.wall?.venue && (l.wall.action === undefined || w.action === l.wall.action),
          )),
    );
    if (line) out.push({ member, line });
  }
  return out;
}
