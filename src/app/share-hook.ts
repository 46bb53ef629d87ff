// The seam for sharing an outcome. For now it shows the plain-text summary with a Copy button;
// the share module replaces this with the outcome card (image, link, result code).
import { t } from '../i18n';
import { openDialog } from '../ui/dialog';
import { button, el } from '../ui/dom';

export interface OutcomeData {
  summary: string;
  levelId: string;
  seed: number;
  registrationId: string;
}

export async function openShare(outcomeData: OutcomeData): Promise<void> {
  const text = el('pre', { className: 'share-text' }, outcomeData.summary);
  const copy = button(t('share.copy'), async () => {
    try {
      await navigator.clipboard.writeText(outcomeData.summary);
      copy.textContent = t('share.copied');
    } catch {
      // clipboard refused (e.g. not a secure context): select the text so Ctrl+C works
      const range = document.createRange();
      range.selectNodeContents(text);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }
  });
  openDialog({ title: t('share.heading'), body: [text, el('div', { className: 'row' }, copy)] });
}
