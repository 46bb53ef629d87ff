// The rules of Invisible Walls: pure functions over plain data, no Phaser, DOM or clock.
export * from './types';
export { unmet, meets } from './requirements';
export { newRun, cloneState, STAT_BOUNDS } from './state';
export { step, walkDays, actionRequirement, rejection } from './step';
export { availableIntents, wouldPass } from './available';
export { withPolicy, rewriteRequirement } from './policy';
export { replay, twinRegistration, intentsOf, type Replay } from './replay';
export { outcome, compare, wallKey, type Outcome, type Comparison } from './outcome';
export { goalsMet, lostReason } from './month';
export { generator, monthRoll, pickWeighted, mix } from './random';
export { randomBot, greedyBot, playBot, type Bot } from './bots';
export { simulate, type SimulationRow } from './simulate';
