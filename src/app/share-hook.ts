// The seam for sharing an outcome: the outcome screen hands over the finished run and the share
// module opens its panel (the card in two sizes, the chat text, the run link), loaded on demand.
import type { RunReport } from '../rules';
import type { Level, Policy, RunState } from '../rules/types';

export interface OutcomeData {
  summary: string;
  levelId: string;
  seed: number;
  registrationId: string;
  level: Level;
  policy: Policy | null;
  state: RunState;
  report: RunReport;
}

export async function openShare(outcomeData: OutcomeData): Promise<void> {
  // The share panel (card drawing, codes) loads on the first Share, not with the title.
  const { openSharePanel } = await import('../share/ui/share-panel');
  openSharePanel({
    level: outcomeData.level,
    policy: outcomeData.policy,
    state: outcomeData.state,
    report: outcomeData.report,
  });
}
