// The rules' data model. Everything here is plain JSON so that a run can be
// saved, shared and replayed exactly.

export const LANGUAGES = ['en', 'zh-Hans'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Player-facing text in every supported language. */
export type Localized = Record<Language, string>;

export type RegistrationKind = 'rural' | 'urban';
/** "local" = registered in this level's city; "elsewhere" = registered in another place. */
export type RegistrationPlace = 'local' | 'elsewhere';
export interface Registration {
  kind: RegistrationKind;
  place: RegistrationPlace;
}

export const STATS = ['money', 'health', 'family', 'insuranceMonths', 'residenceMonths', 'points'] as const;
export type StatName = (typeof STATS)[number];
export type Stats = Record<StatName, number>;

/** Requirements are data: predicates combined with all / any / not. */
export type Requirement =
  | { type: 'registration'; kind?: RegistrationKind; place?: RegistrationPlace }
  | { type: 'document'; id: string }
  | { type: 'stat'; stat: StatName; atLeast: number }
  | { type: 'month'; atLeast: number }
  | { type: 'flag'; id: string }
  | { type: 'all'; all: Requirement[] }
  | { type: 'any'; any: Requirement[] }
  | { type: 'not'; not: Requirement };
export type Predicate = Extract<
  Requirement,
  { type: 'registration' | 'document' | 'stat' | 'month' | 'flag' }
>;

export const SLOTS = ['job', 'housing', 'school'] as const;
/** Standing arrangements that pay or cost something every month. */
export type Slot = (typeof SLOTS)[number];

export type Effect =
  /** `why`: the reason in a phrase, shown beside the change ("your son is out of school"). */
  | { type: 'stat'; stat: StatName; add: number; why?: Localized }
  | { type: 'document'; id: string; gain: boolean }
  | { type: 'flag'; id: string; set: boolean }
  | { type: 'take'; slot: Slot; option: string }
  | { type: 'leave'; slot: Slot }
  | { type: 'if'; if: Requirement; then: Effect[]; else?: Effect[] };

export interface FactRef {
  /** Fact ids from levels/facts.json that this barrier or event rests on. */
  facts: string[];
}

export interface ActionDef extends FactRef {
  id: string;
  name: Localized;
  description: Localized;
  days: number;
  /** One-off cost in yuan, paid when the action is granted. */
  cost: number;
  requires?: Requirement;
  effects: Effect[];
  /** At most once per run. */
  once?: boolean;
  /** Other ways to reach the same end, suggested on the wall when open. */
  alternatives?: { venue: string; action: string }[];
}

export const VENUE_KINDS = [
  'factory',
  'construction',
  'delivery',
  'office',
  'civil-service',
  'urban-village',
  'formal-lease',
  'public-rental',
  'buy-flat',
  'public-school',
  'migrant-school',
  'boarding-school',
  'clinic',
  'hospital',
  'hukou-desk',
  'permit-office',
  'insurance-bureau',
  'points-office',
  'coach-station',
  'village-home',
  'farmland',
] as const;
export type VenueKind = (typeof VENUE_KINDS)[number];

export interface Venue {
  id: string;
  kind: VenueKind;
  name: Localized;
  /** Tile position of the door on the city map. */
  x: number;
  y: number;
  district: string;
  actions: ActionDef[];
}

export interface District {
  id: string;
  name: Localized;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A job, home or school place: what it brings or costs each month. */
export interface SlotOption {
  id: string;
  slot: Slot;
  name: Localized;
  /** Yuan per month: positive is income (wage), negative is a cost (rent, fees). */
  monthly: number;
  /** For jobs: whether the employer pays into local social insurance. */
  insured?: boolean;
  /** Employee share of insurance contributions, yuan per month. */
  contribution?: number;
  health?: number;
  family?: number;
  points?: number;
}

export interface EventChoice {
  id: string;
  label: Localized;
  requires?: Requirement;
  effects: Effect[];
}

export interface EventCard extends FactRef {
  id: string;
  title: Localized;
  text: Localized;
  /** Relative chance of being drawn; the draw depends only on seed and month. */
  weight: number;
  /** Earliest month it can be drawn (the draw still uses the same random number). */
  fromMonth?: number;
  /** Drawn again after its first time (a standing cost or worry); other cards are drawn at most once a run. */
  recurs?: boolean;
  /**
   * Who sees the card. It is drawn by seed and month like any other (so a run and its twin draw
   * the same cards); a run whose state does not meet this when the card is drawn does not see it:
   * that month has no card. E.g. a card about the migrant family next door that only a local player sees.
   */
  requires?: Requirement;
  effects: Effect[];
  choices?: EventChoice[];
}

export interface Goal {
  id: string;
  name: Localized;
  requires: Requirement;
  /** The level's hardest goal, the one the balance report tracks as "top". */
  top?: boolean;
}

export interface LevelRegistration extends Registration {
  id: string;
  name: Localized;
  /** What this registration brings at the start (documents, flags, stats). */
  start: StartState;
  /** Social-insurance months paid in another place: they count only under portable insurance. */
  insuranceElsewhere?: number;
}

/**
 * Conditions that stand in for a registration in this level: a document only a registration brings
 * or a permit only non-locals need (a residence permit, the household booklet, land-contract rights),
 * or a count a local is credited from birth (months of residence, local insurance months, settlement
 * points). A refusal whose failing conditions include one of these is a wall; see rules/walls.ts.
 */
export interface StandIns {
  documents?: string[];
  stats?: StatName[];
  flags?: string[];
}

export interface StartState {
  stats?: Partial<Stats>;
  documents?: string[];
  flags?: string[];
}

export interface Level {
  id: string;
  title: Localized;
  summary: Localized;
  /** What is simplified, said plainly to players and teachers. */
  note: Localized;
  /** The year whose rules the level is set in: every fact it cites must hold in that year. */
  rulesAsOf: number;
  /** One reform already made that touches the level's walls, with the facts behind it. */
  reformMade: { text: Localized; facts: string[] };
  city: { name: Localized; population: string; width: number; height: number };
  months: number;
  daysPerMonth: number;
  /** Tiles walked in one day; walking to a venue costs ceil(distance / walkTilesPerDay) days. */
  walkTilesPerDay: number;
  livingCost: number;
  start: StartState & { stats: Stats; at: string };
  registrations: LevelRegistration[];
  districts: District[];
  venues: Venue[];
  options: SlotOption[];
  events: EventCard[];
  goals: Goal[];
  /** Applied at every month end, after slots and living costs (e.g. a child left behind misses a parent). */
  monthly: Effect[];
  /** The run is lost when money falls below this (debt) or health reaches 0. */
  lose: { moneyBelow: number };
  policies: string[];
  documents: { id: string; name: Localized }[];
  flags: { id: string; name: Localized }[];
  /** Fact ids the level as a whole rests on. */
  facts: string[];
  /** What stands in for a registration here; money never does. */
  standIns?: StandIns;
}

export interface PolicyRewrite {
  /** A partial predicate; every requirement that matches it is replaced. */
  match: Partial<Predicate> & { type: Predicate['type'] };
  replace: Requirement;
}

export interface Policy extends FactRef {
  id: string;
  name: Localized;
  summary: Localized;
  rewrites: PolicyRewrite[];
  /** Insurance paid elsewhere counts here too. */
  portableInsurance?: boolean;
}

export type Intent =
  | { type: 'move'; venue: string }
  | { type: 'act'; venue: string; action: string }
  | { type: 'choose'; choice: string }
  | { type: 'endMonth' }
  /** Ends the level now: offered once every goal is met; a replay finishes at the same point. */
  | { type: 'finish' };

export interface LoggedIntent {
  month: number;
  day: number;
  intent: Intent;
}

/** Where a wall stood: an action at a venue, or a choice of a month-end event. */
export type WallSource = 'venue' | 'event';

export interface WallHit {
  month: number;
  source: WallSource;
  /** The venue id, or the event id when source is "event". */
  venue: string;
  /** The action id, or the choice id when source is "event". */
  action: string;
  unmet: Unmet[];
  facts: string[];
}

/**
 * Why a refusal that is not a wall stopped you: not enough money, your own earlier choice,
 * too early in the year, or something you can still get yourself (a contract, a lease).
 */
export type RefusalReason = 'money' | 'choice' | 'early' | 'missing';

/** A refusal that is not a wall: no hukou fact, never counted as a wall. */
export interface RefusalHit {
  month: number;
  source: WallSource;
  venue: string;
  action: string;
  unmet: Unmet[];
  reason: RefusalReason;
}

export interface RunState {
  version: 1;
  levelId: string;
  seed: number;
  registration: Registration;
  registrationId: string;
  policyId: string;
  month: number;
  daysUsed: number;
  at: string;
  stats: Stats;
  documents: string[];
  flags: string[];
  slots: Partial<Record<Slot, string>>;
  done: string[];
  pendingEvent: string | null;
  /** Refusals where the registration is why (see rules/walls.ts). */
  walls: WallHit[];
  /** Refusals for money, an earlier choice, the calendar or something still to get. */
  refusals: RefusalHit[];
  log: LoggedIntent[];
  ended: null | { reason: EndReason; month: number };
}

/** goals: finished with every goal met; finished: finished early without them (a replay can). */
export type EndReason = 'months' | 'goals' | 'finished' | 'money' | 'health';

/** One failing condition, with what the player has and what it needs. */
export type Unmet =
  | { type: 'registration'; have: Registration; need: { kind?: RegistrationKind; place?: RegistrationPlace } }
  | { type: 'document'; id: string; have: false; need: true }
  | { type: 'stat'; stat: StatName; have: number; need: number }
  | { type: 'month'; have: number; need: number }
  | { type: 'flag'; id: string; have: false; need: true }
  | { type: 'not'; requirement: Requirement }
  | { type: 'any'; options: Unmet[][] };

export type RejectReason =
  | 'game-over'
  | 'event-pending'
  | 'no-event'
  | 'unknown-venue'
  | 'unknown-action'
  | 'unknown-choice'
  | 'not-here'
  | 'no-time'
  | 'already-done'
  | 'choice-closed'
  | 'malformed';

export type GameEvent =
  | { type: 'rejected'; reason: RejectReason; intent: unknown }
  | { type: 'moved'; venue: string; days: number }
  | { type: 'granted'; venue: string; action: string }
  | {
      type: 'blocked';
      /** "wall": the registration is why; "refusal": money, own choice, calendar, something to get. */
      kind: 'wall' | 'refusal';
      /** Set when kind is "refusal". */
      reason: RefusalReason | null;
      source: WallSource;
      venue: string;
      action: string;
      unmet: Unmet[];
      /** The hukou facts behind a wall; empty for a refusal. */
      facts: string[];
      alternatives: { venue: string; action: string }[];
    }
  | { type: 'stat'; stat: StatName; delta: number; cause: string; why?: Localized }
  | { type: 'document'; id: string; gain: boolean }
  | { type: 'flag'; id: string; set: boolean }
  | { type: 'slot'; slot: Slot; option: string | null }
  | { type: 'monthEnded'; month: number }
  | { type: 'eventDrawn'; event: string }
  | { type: 'choiceMade'; event: string; choice: string }
  | { type: 'goalMet'; goal: string }
  | { type: 'ended'; reason: EndReason };

export interface StepResult {
  state: RunState;
  events: GameEvent[];
}
