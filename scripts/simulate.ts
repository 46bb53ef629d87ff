// npm run simulate [-- --runs N] [--json] [--level ID] [--policy ID]
// npm run simulate -- --pace [--json] [--level ID]: words, decisions, skipped months and minutes (scripts/pace.ts)
// Per level and registration: the random and the greedy bot over N seeded runs each,
// the rate of each goal met, and the mean walls and refusals met, and the average gap to the twin (the other registration living
// the same intentions: rules/twin.ts).
import { greedyBot, randomBot, type SimulationRow, simulate } from '../src/rules';
import { shippedContent } from './load-shipped';
import { paceRows, paceTable } from './pace';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(flag('--runs') ?? 10000);
const json = args.includes('--json');
const onlyLevel = flag('--level');
const content = shippedContent();
const policyId = flag('--policy') ?? 'status-quo';
const policy = content.policies.get(policyId) ?? null;
if (!policy) {
  console.error(`unknown policy "${policyId}"; expected one of ${[...content.policies.keys()].join(', ')}`);
  process.exit(1);
}

if (args.includes('--pace')) {
  const levels = content.order
    .filter((id) => !onlyLevel || id === onlyLevel)
    .map((id) => content.levels.get(id)!);
  const pace = await paceRows(levels);
  if (json) console.log(JSON.stringify(pace, null, 2));
  else console.log(paceTable(pace));
  process.exit(0);
}

const rows: SimulationRow[] = [];
for (const id of content.order) {
  if (onlyLevel && id !== onlyLevel) continue;
  const level = content.levels.get(id)!;
  for (const reg of level.registrations) {
    for (const [name, bot] of [
      ['random', randomBot],
      ['greedy', greedyBot],
    ] as const) {
      const row = simulate(level, policy, reg.id, name, bot, runs);
      rows.push(row);
      if (!json) {
        const goals = Object.entries(row.goalRates)
          .map(
            ([g, r]) => `${g}${level.goals.find((x) => x.id === g)?.top ? '*' : ''} ${(r * 100).toFixed(1)}%`,
          )
          .join(', ');
        const gap = row.twinGap;
        console.log(
          `${id.padEnd(13)} ${reg.id.padEnd(14)} ${name.padEnd(6)} runs ${row.runs}  goals: ${goals}  walls ${row.walls} refusals ${row.refusals}  twin(${gap.twin}) gap: money ${gap.money >= 0 ? '+' : ''}${gap.money}, goals ${gap.goals >= 0 ? '+' : ''}${gap.goals}, walls ${gap.walls >= 0 ? '+' : ''}${gap.walls}`,
        );
      }
    }
  }
}
if (json) console.log(JSON.stringify(rows, null, 2));
else console.log(`policy: ${policyId}; * marks the top goal; gap = this run minus its twin, averaged`);
