// The twin lives your intentions, not your keystrokes.
//
// A "subject" (your twin, or you under a reform) replays the intents of a "reference" run (the run
// you actually played) step by step, with the same seed, so the same month-end cards. Where the
// reference met a door, the subject decides as a sensible player who wants the same thing would:
//
//  A. OPEN DOOR. You were walled at an action and the door is open for the subject: the subject
//     goes through it ("open-door"). When you later take one of that action's `alternatives`, the
//     subject does not: it already has what you wanted ("skipped").
//  A'. INSTEAD. You took an action that is an alternative of another action walled for you at that
//     moment (you knew the wall and went straight round it) and that action is open for the
//     subject: the subject walks there and goes through the open door instead ("instead").
//  A''. A ROOF STILL NEEDED. When the door you took instead (A') or after (A) was also your home
//     (a registered lease signed to settle), the subject, who went through the open door, still
//     needs a home: it takes the cheapest home open to it ("home"), not the dearer one the wall
//     made you take.
//  C. ALREADY HAS IT. You went through a door only for papers your twin's registration already
//     gave it (local insurance a local holds from birth): it does not pay for them again ("has").
//  B. ROUND THE WALL. You went through a door that is walled for the subject: the subject takes
//     the first of its alternatives that is open, and pays its price ("alternative"); when none is
//     open it meets the wall ("walled").
//  Everything else is replayed as you did it: month ends, event choices where they are
//  open (a walled choice falls back to the first open one), refusals (the subject tries too, and
//  may afford what you could not). Intents you could not even attempt are not replayed. The
//  subject walks only to where it acts, and what does not fit into its month (a detour takes
//  days) it does at the start of the next.
//
// Walls here are walls in the sense of rules/walls.ts: a refusal for money or your own choices
// does not send the subject round anything.
import { wouldPass } from './available';
import { goalsMet } from './month';
import { withPolicy } from './policy';
import { meets, unmet } from './requirements';
import { newRun } from './state';
import { actionRequirement, step } from './step';
import type { ActionDef, GameEvent, Intent, Level, Policy, RunState } from './types';
import { classify } from './walls';

export interface Subject {
  registrationId: string;
  policy: Policy | null;
}

export type TwinMoveKind = 'open-door' | 'instead' | 'skipped' | 'home' | 'has' | 'alternative' | 'walled';

/** One place where the subject did something other than your keystroke, and why. */
export interface TwinMove {
  month: number;
  kind: TwinMoveKind;
  /** What you did or tried: "venue/action" (or "event/choice"). */
  yours: string;
  /** What the subject did instead: "venue/action", or null when it did nothing there. */
  theirs: string | null;
}

/** Money and goals at the start (month 0) and after each month end. */
export interface MonthPoint {
  month: number;
  money: number;
  goals: string[];
}

export interface Life {
  state: RunState;
  events: GameEvent[];
  timeline: MonthPoint[];
}

export interface Lived {
  reference: Life;
  subject: Life;
  moves: TwinMove[];
}

const key = (venue: string, action: string) => `${venue}/${action}`;

function findAction(level: Level, venue: string, action: string): ActionDef | undefined {
  return level.venues.find((v) => v.id === venue)?.actions.find((a) => a.id === action);
}

/** Whether an action fails here for a reason that is a wall (not money, days or own choice). */
function walledAt(level: Level, s: RunState, venue: string, action: string): boolean {
  const a = findAction(level, venue, action);
  if (!a) return false;
  const req = actionRequirement(a);
  if (meets(req, s)) return false;
  return classify(level, s, req, unmet(req, s)).kind === 'wall';
}

/**
 * Whether an action would give the subject nothing: its effects are only documents it already
 * holds (or loses none it holds) and flags already set. Stats, jobs, homes and schools always count.
 */
function nothingNew(level: Level, s: RunState, venue: string, action: string): boolean {
  const a = findAction(level, venue, action);
  if (!a || a.effects.length === 0) return false;
  return a.effects.every(
    (e) =>
      (e.type === 'document' && e.gain === s.documents.includes(e.id)) ||
      (e.type === 'flag' && e.set === s.flags.includes(e.id)),
  );
}

/**
 * A'': when your action took a home and the subject has none, the cheapest home open to it over the
 * months left (price plus monthly rent), or undefined.
 */
function cheapestHome(
  level: Level,
  s: RunState,
  yours: ActionDef | undefined,
): { venue: string; action: string } | undefined {
  if (!yours?.effects.some((e) => e.type === 'take' && e.slot === 'housing')) return undefined;
  if (s.slots.housing !== undefined) return undefined;
  const left = Math.max(0, level.months - s.month);
  let best: { venue: string; action: string; price: number } | undefined;
  for (const v of level.venues)
    for (const a of v.actions) {
      const take = a.effects.find((e) => e.type === 'take' && e.slot === 'housing');
      if (take?.type !== 'take' || !openFor(level, s, v.id, a.id)) continue;
      const monthly = level.options.find((o) => o.id === take.option)?.monthly ?? 0;
      const price = a.cost - monthly * left;
      if (!best || price < best.price) best = { venue: v.id, action: a.id, price };
    }
  return best;
}

/** Whether the subject could go through an action if it stood at its venue now. */
function openFor(level: Level, s: RunState, venue: string, action: string): boolean {
  return wouldPass(level, { ...s, at: venue }, { type: 'act', venue, action });
}

class Runner {
  life: Life;
  constructor(
    readonly level: Level,
    state: RunState,
  ) {
    this.life = { state, events: [], timeline: [point(level, state, 0)] };
  }
  get s(): RunState {
    return this.life.state;
  }
  do(intent: Intent): GameEvent[] {
    if (this.s.ended) return [];
    const before = this.s.month;
    const r = step(this.level, this.s, intent);
    this.life.state = r.state;
    this.life.events.push(...r.events);
    if (r.state.month !== before) this.life.timeline.push(point(this.level, r.state, before));
    return r.events;
  }
  /** A leftover event choice (yours was walled for this life): the first open one. */
  settle(): void {
    if (!this.s.pendingEvent || this.s.ended) return;
    const card = this.level.events.find((e) => e.id === this.s.pendingEvent);
    const open = card?.choices?.find((c) => wouldPass(this.level, this.s, { type: 'choose', choice: c.id }));
    if (open) this.do({ type: 'choose', choice: open.id });
  }
  walkTo(venue: string): void {
    if (this.s.at !== venue) this.do({ type: 'move', venue });
  }
  /** Acts at a venue, walking there first; when the month's days run out, tries again next month. */
  act(venue: string, action: string): GameEvent[] {
    this.settle();
    this.walkTo(venue);
    const evs = this.do({ type: 'act', venue, action });
    const late = evs.some(
      (e) => e.type === 'rejected' && (e.reason === 'no-time' || e.reason === 'not-here'),
    );
    if (late && !this.postponed.some((p) => p.venue === venue && p.action === action))
      this.postponed.push({ venue, action });
    return evs;
  }
  /** Ends the month, then does what did not fit into it (a detour round a wall takes days). */
  endMonth(): void {
    this.settle();
    const month = this.s.month;
    this.do({ type: 'endMonth' });
    if (this.s.month === month) return;
    const todo = this.postponed;
    this.postponed = [];
    for (const p of todo) this.act(p.venue, p.action);
  }
  postponed: { venue: string; action: string }[] = [];
}

function point(level: Level, s: RunState, month: number): MonthPoint {
  return { month, money: s.stats.money, goals: goalsMet(level, s) };
}

const granted = (evs: readonly GameEvent[]) =>
  evs.some((e) => e.type === 'granted' || e.type === 'choiceMade');
const walled = (evs: readonly GameEvent[]) => evs.some((e) => e.type === 'blocked' && e.kind === 'wall');

/**
 * Plays `subject` along the intents of `reference`, living its intentions (see the top of this
 * file). Pure: same inputs, same lives. Undefined when a registration is not in the level.
 */
export function liveIntentions(
  level: Level,
  seed: number,
  reference: Subject,
  subject: Subject,
  intents: readonly Intent[],
): Lived | undefined {
  const refLevel = withPolicy(level, reference.policy);
  const subLevel = withPolicy(level, subject.policy);
  const refStart = newRun(level, seed, reference.registrationId, reference.policy);
  const subStart = newRun(level, seed, subject.registrationId, subject.policy);
  if (!refStart || !subStart) return undefined;
  const ref = new Runner(refLevel, refStart);
  const sub = new Runner(subLevel, subStart);
  const moves: TwinMove[] = [];
  /** Actions the subject went through where you were walled: your alternatives to them are skipped. */
  const wentThrough = new Set<string>();
  const note = (kind: TwinMoveKind, yours: string, theirs: string | null) =>
    moves.push({ month: sub.s.month, kind, yours, theirs });

  for (const intent of intents) {
    if (ref.s.ended) break;
    if (intent.type !== 'choose') ref.settle();
    const before = ref.s;
    const evs = ref.do(intent);
    if (sub.s.ended) continue;
    if (evs.some((e) => e.type === 'rejected')) continue; // you could not even try it: nothing happened

    switch (intent.type) {
      case 'move':
        // In step with you, the subject walks where you walk. Once a detour has put it elsewhere,
        // it walks only to where it next acts (Runner.act), so that the detour does not leave it
        // short of the days to follow you.
        if (sub.s.at === before.at && sub.s.daysUsed === before.daysUsed) {
          sub.settle();
          sub.walkTo(intent.venue);
        }
        break;
      case 'endMonth':
        sub.endMonth();
        break;
      case 'finish':
        sub.settle();
        sub.do(intent);
        break;
      case 'choose': {
        if (!sub.s.pendingEvent) break;
        const mine = walled(evs);
        const theirs = sub.do(intent);
        if (mine && granted(theirs))
          note(
            'open-door',
            key(before.pendingEvent ?? '', intent.choice),
            key(before.pendingEvent ?? '', intent.choice),
          );
        break;
      }
      case 'act': {
        const yours = key(intent.venue, intent.action);
        if (walled(evs)) {
          // A: you met a wall here; the subject tries the same door.
          const theirs = sub.act(intent.venue, intent.action);
          if (granted(theirs)) {
            wentThrough.add(yours);
            note('open-door', yours, yours);
          }
          break;
        }
        if (!granted(evs)) {
          // A refusal (money, own choice, calendar): the subject tries too.
          sub.act(intent.venue, intent.action);
          break;
        }
        // You went through. Was it an alternative to a door that was walled for you?
        const doors = level.venues.flatMap((v) =>
          v.actions
            .filter((a) =>
              a.alternatives?.some((x) => x.venue === intent.venue && x.action === intent.action),
            )
            .map((a) => ({ venue: v.id, action: a.id })),
        );
        const roof = () => {
          const home = cheapestHome(subLevel, sub.s, findAction(level, intent.venue, intent.action));
          if (home && granted(sub.act(home.venue, home.action)))
            note('home', yours, key(home.venue, home.action));
        };
        const through = doors.find((d) => wentThrough.has(key(d.venue, d.action)));
        if (through) {
          note('skipped', yours, null);
          roof();
          break;
        }
        const instead = doors.find(
          (d) => walledAt(refLevel, before, d.venue, d.action) && openFor(subLevel, sub.s, d.venue, d.action),
        );
        if (instead) {
          const theirs = sub.act(instead.venue, instead.action);
          if (granted(theirs)) {
            wentThrough.add(key(instead.venue, instead.action));
            note('instead', yours, key(instead.venue, instead.action));
            roof();
            break;
          }
        }
        // C: the subject's registration already gave it what this door gives.
        if (nothingNew(subLevel, sub.s, intent.venue, intent.action)) {
          note('has', yours, null);
          break;
        }
        // B: a door open for you and walled for the subject: the first open alternative.
        sub.settle();
        if (walledAt(subLevel, sub.s, intent.venue, intent.action)) {
          const alts = findAction(level, intent.venue, intent.action)?.alternatives ?? [];
          const alt = alts.find((x) => openFor(subLevel, sub.s, x.venue, x.action));
          if (alt) {
            const theirs = sub.act(alt.venue, alt.action);
            if (granted(theirs)) {
              note('alternative', yours, key(alt.venue, alt.action));
              break;
            }
          }
          sub.act(intent.venue, intent.action);
          note('walled', yours, null);
          break;
        }
        sub.act(intent.venue, intent.action);
        break;
      }
    }
  }
  return { reference: ref.life, subject: sub.life, moves };
}
