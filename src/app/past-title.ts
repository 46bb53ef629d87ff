// The screens between the title and the city (levels, lottery, family, settings) and the run store
// they open: one chunk, loaded with the levels (app.ts, `ready`), since none is drawn before them.
// Out of the title's script: with the rules the lottery needs, ~25 KB of code the title never runs.
export { storyOf } from '../content/story';
export { openRun } from '../store/store';
export { renderFamilyIntro } from '../ui/family';
export { renderLevelSelect } from '../ui/level-select';
export { renderLottery } from '../ui/lottery';
export { openSettings, switchLanguage } from '../ui/settings-panel';
