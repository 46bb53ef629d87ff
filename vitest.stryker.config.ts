// The tests Stryker runs against each mutant (npm run test:mutation): the unit and property tests
// of src/rules, src/content and src/share. Left out: the browser project (it builds the game and
// drives Chromium), and the slow whole-game properties (tests/property/ bots, balance, codes,
// report, resume and fast-paths: seconds to minutes each, rerun for every mutant they cover), whose
// invariants the golden transcripts and the edge tests pin down far more cheaply; e.g. fast-paths'
// "availableIntents agrees with step" is stated on every state of a small city in rules-meaning.test.ts.
import { defineConfig } from 'vitest/config';

export const MUTATION_TESTS = [
  'tests/unit/step.test.ts',
  'tests/unit/replay.test.ts',
  'tests/unit/requirements.test.ts',
  'tests/unit/rules-boundaries.test.ts',
  'tests/unit/golden.test.ts',
  'tests/property/requirements.test.ts',
  'tests/property/policy.test.ts',
  'tests/unit/broken-levels.test.ts',
  'tests/unit/content-guards.test.ts',
  'tests/unit/share-codec.test.ts',
  'tests/unit/share-envelope.test.ts',
  'tests/unit/share-run-code.test.ts',
  'tests/unit/share-result-code.test.ts',
  'tests/unit/share-card-model.test.ts',
  'tests/unit/share-links.test.ts',
  'tests/unit/classroom-session.test.ts',
  // Cheap unit tests of what a wall, the twin, the run report, a story, an intent and a result code mean.
  'tests/unit/walls.test.ts',
  'tests/unit/pace.test.ts',
  'tests/unit/twin.test.ts',
  'tests/unit/intent.test.ts',
  'tests/unit/run-report.test.ts',
  'tests/unit/story.test.ts',
  'tests/unit/facts.test.ts',
  'tests/unit/class-result.test.ts',
  'tests/unit/classroom-aggregate.test.ts',
  // What each rule means, on the cases earlier mutation runs found untested.
  'tests/unit/rules-meaning.test.ts',
];

export default defineConfig({
  test: {
    name: 'unit',
    environment: 'node',
    include: MUTATION_TESTS,
    testTimeout: 60_000,
  },
});
