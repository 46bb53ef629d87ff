// The rules of Invisible Walls: pure functions over plain data, no Phaser, DOM or clock.

export { availableIntents, wouldPass } from './available';
export { type Bot, greedyBot, playBot, randomBot } from './bots';
export { drawnBefore, goalsMet, lostReason } from './month';
export { type Comparison, compare, type Outcome, outcome, wallKey } from './outcome';
export {
  type Fit,
  fitThisMonth,
  freshStep,
  givesSomethingNew,
  grantedBefore,
  hasChoice,
  stopsWaiting,
  venueFit,
} from './pace';
export { rewriteLevel, rewriteRequirement, withPolicy } from './policy';
export { generator, mix, monthRoll, pickWeighted } from './random';
export { intentsOf, type Replay, replay, twinRegistration } from './replay';
export {
  type Attribution,
  distinctWalls,
  type Gap,
  type LifeReport,
  moneyFlows,
  type ReformLens,
  type ReportSummary,
  type RunReport,
  reformLens,
  report,
} from './report';
export { type Check, compileRequirement, meets, unmet } from './requirements';
export { type SimulationRow, simulate } from './simulate';
export { cloneState, newRun, STAT_BOUNDS } from './state';
export { actionRequirement, rejection, step, walkDays } from './step';
export { TUNABLE_STATS, type TunableStat, type Tuning, tunableRule, tunePolicy } from './tune';
export { type Life, type Lived, liveIntentions, type MonthPoint, type Subject, type TwinMove } from './twin';
export * from './types';
export { classify, standsIn, type Verdict } from './walls';
