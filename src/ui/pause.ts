// The pause menu (Esc): resume, settings, quit to title (the run stays saved, where it can be).

import { t } from '../i18n';
import type { Ctx } from '../platform/context';
import { keepsProgress } from '../platform/storage';
import { openDialog } from './dialog';
import { button, el } from './dom';
import { openSettings } from './settings-panel';

export function openPause(ctx: Ctx, quit: () => void): void {
  const d = openDialog({
    className: 'panel-pause',
    title: () => t('pause.heading'),
    body: () => [
      el(
        'div',
        { className: 'stack' },
        button(t('pause.resume'), () => d.close(), 'btn btn-primary'),
        button(t('pause.settings'), () => openSettings(ctx)),
        button(t('pause.quit'), () => {
          d.close();
          quit();
        }),
      ),
      // Never promise a save that storage refused (blocked site data, a full disk).
      el(
        'p',
        { className: 'muted' },
        t(keepsProgress(ctx.storage) ? 'pause.quitNote' : 'pause.quitNoteLost'),
      ),
    ],
  });
}
