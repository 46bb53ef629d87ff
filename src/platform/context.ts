// What every screen and panel is handed: content, settings and the optional audio.
import type { Content } from '../content/load';
import type { AudioApi } from './audio';
import type { RunWatcher } from './run-events';
import { applySettings, motionReduced, type Settings, saveSettings } from './settings';

export interface Ctx {
  content: Content;
  settings: Settings;
  storage: Storage;
  audio: AudioApi | null;
  /** What watches runs from outside the game (the SCORM bridge), if anything does. */
  watchRun: RunWatcher | null;
}

export function reduced(ctx: Ctx): boolean {
  return motionReduced(ctx.settings);
}

export function persistSettings(ctx: Ctx): void {
  saveSettings(ctx.storage, ctx.settings);
  applySettings(ctx.settings);
}
