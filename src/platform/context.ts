// What every screen and panel is handed: content, settings and the optional audio.
import type { Content } from '../content/load';
import type { AudioApi } from './audio';
import { applySettings, motionReduced, type Settings, saveSettings } from './settings';

export interface Ctx {
  content: Content;
  settings: Settings;
  storage: Storage;
  audio: AudioApi | null;
}

export function reduced(ctx: Ctx): boolean {
  return motionReduced(ctx.settings);
}

export function persistSettings(ctx: Ctx): void {
  saveSettings(ctx.storage, ctx.settings);
  applySettings(ctx.settings);
}
