// The seam for sharing an outcome: the outcome screen hands over the finished run and the share
// module opens its panel (the card in two sizes, the chat text, the run link).
import type { RunReport } from '../rules';
import type { Level, Policy, RunState } from '../rules/types';
import { openSharePanel } from '../share/ui/share-panel';

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
  openSharePanel({
    level: outcomeData.level,
    policy: outcomeData.policy,
    state: outcomeData.state,
    report: outcomeData.report,
  });
}
