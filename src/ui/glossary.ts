// The glossary of hukou terms, with hanzi and pinyin, in the current language.

import { language, t } from '../i18n';
import glossary from '../i18n/glossary.json';
import { openDialog } from './dialog';
import { el } from './dom';

interface Term {
  id: string;
  hanzi: string;
  pinyin: string;
  en: string;
  'zh-Hans': string;
}

export function openGlossary(): void {
  openDialog({
    className: 'panel-wide',
    title: () => t('glossary.heading'),
    body: () => [
      el(
        'dl',
        { className: 'glossary' },
        ...(glossary as Term[]).flatMap((term) => [
          el(
            'dt',
            { id: `term-${term.id}` },
            el('span', { lang: 'zh-Hans', className: 'hanzi' }, term.hanzi),
            ' ',
            el('span', { className: 'pinyin' }, term.pinyin),
          ),
          el('dd', {}, language() === 'zh-Hans' ? term['zh-Hans'] : term.en),
        ]),
      ),
    ],
  });
}
