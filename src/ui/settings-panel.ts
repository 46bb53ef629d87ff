// Settings: language (live, the run kept), text size, contrast, reduced motion, and sound when the audio module is there.

import { language, setLanguage, t } from '../i18n';
import type { Ctx } from '../platform/context';
import { persistSettings } from '../platform/context';
import type { Language } from '../rules/types';
import { openDialog } from './dialog';
import { button, el } from './dom';
import { lookRows, settingCheckbox } from './settings-look';

export function openSettings(ctx: Ctx): void {
  openDialog({
    title: () => t('settings.heading'),
    body: () => {
      const langRow = el(
        'div',
        { className: 'row', role: 'group', attrs: { 'aria-label': t('settings.language') } },
        ...(['en', 'zh-Hans'] as Language[]).map((lng) => {
          const b = button(lng === 'en' ? 'English' : '中文', () => switchLanguage(ctx, lng), 'btn', {
            'aria-pressed': String(language() === lng),
            lang: lng,
          });
          return b;
        }),
      );
      const motion = settingCheckbox(ctx, 'set-motion', 'reduceMotion');
      const rows: Node[] = [
        el('h3', {}, t('settings.language')),
        langRow,
        ...lookRows(ctx),
        el('label', { className: 'check' }, motion, ` ${t('settings.reduceMotion')}`),
        el('h3', {}, t('access.sound')),
      ];
      const audio = ctx.audio;
      if (!audio) rows.push(el('p', { className: 'muted' }, t('settings.noAudio')));
      else {
        const s = audio.settings();
        rows.push(slider('set-music', t('settings.music'), s.music, (v) => audio.setMusicVolume(v)));
        rows.push(slider('set-fx', t('settings.effects'), s.effects, (v) => audio.setEffectsVolume(v)));
        const mute = el('input', { type: 'checkbox', id: 'set-mute' });
        mute.checked = s.muted === true;
        mute.addEventListener('change', () => audio.toggleMute());
        rows.push(el('label', { className: 'check' }, mute, ` ${t('settings.mute')}`));
      }
      return rows;
    },
  });
}

function slider(id: string, label: string, value: number, set: (v: number) => void): HTMLElement {
  const input = el('input', { type: 'range', id, attrs: { min: '0', max: '1', step: '0.05' } });
  input.value = String(value);
  input.addEventListener('input', () => set(Number(input.value)));
  return el('label', { className: 'slider' }, `${label} `, input);
}

export async function switchLanguage(ctx: Ctx, lng: Language): Promise<void> {
  ctx.settings.language = lng;
  persistSettings(ctx);
  await setLanguage(lng);
}
