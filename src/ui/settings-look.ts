// The "Seeing" part of Settings: text size (100/125/150 %) and high contrast, applied at once
// and remembered.

import { num, t } from '../i18n';
import { type Ctx, persistSettings } from '../platform/context';
import { TEXT_SIZES } from '../platform/settings';
import { button, el } from './dom';

export function lookRows(ctx: Ctx): Node[] {
  const sizes = el(
    'div',
    { className: 'row', role: 'group', attrs: { 'aria-labelledby': 'set-text-size' } },
    ...TEXT_SIZES.map((size) => {
      const b = button(
        t('access.textSizeOption', { pct: num(size) }),
        () => {
          ctx.settings.textSize = size;
          persistSettings(ctx);
          for (const other of sizes.querySelectorAll('button'))
            other.setAttribute('aria-pressed', String(other === b));
        },
        'btn',
        { 'aria-pressed': String(ctx.settings.textSize === size), 'data-size': String(size) },
      );
      return b;
    }),
  );
  const contrast = settingCheckbox(ctx, 'set-contrast', 'highContrast');
  return [
    el('h3', {}, t('access.look')),
    el('p', { id: 'set-text-size', className: 'set-label' }, t('access.textSize')),
    sizes,
    el('label', { className: 'check' }, contrast, ` ${t('access.highContrast')}`),
  ];
}

/** A checkbox bound to one on/off setting, saved as soon as it changes. */
export function settingCheckbox(
  ctx: Ctx,
  id: string,
  key: 'highContrast' | 'reduceMotion',
): HTMLInputElement {
  const box = el('input', { type: 'checkbox', id });
  box.checked = ctx.settings[key];
  box.addEventListener('change', () => {
    ctx.settings[key] = box.checked;
    persistSettings(ctx);
  });
  return box;
}
