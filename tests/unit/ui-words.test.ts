// The words a wall and the birth lottery put on screen, straight from rules data, in both languages.
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleFor, provideStrings, setLanguage } from '../../src/i18n';
import { unmet } from '../../src/rules';
import { describeUnmet } from '../../src/ui/describe';
import { documentIcon, powerUps } from '../../src/ui/powerups';
import { run } from '../helpers/builders';
import { shipped } from '../helpers/shipped';

const tutorial = shipped().levels.get('tutorial')!;
const reg = (id: string) => tutorial.registrations.find((r) => r.id === id)!;
const enrol = tutorial.venues.find((v) => v.id === 'public-school')!.actions[0]!;
const permit = tutorial.venues.find((v) => v.id === 'permit-office')!.actions[0]!;

beforeAll(async () => {
  provideStrings('en', await bundleFor('en'));
  provideStrings('zh-Hans', await bundleFor('zh-Hans'));
});

describe('a wall says what you have and what it needs', () => {
  it('counts insurance months as have of need, in English and Chinese', async () => {
    const s = { ...run(tutorial, 'rural'), stats: { ...run(tutorial, 'rural').stats, residenceMonths: 2 } };
    const [months] = unmet(permit.requires, s);
    await setLanguage('en');
    expect(describeUnmet(tutorial, months!)).toBe('Residence in the city: 2 of 6 months');
    await setLanguage('zh-Hans');
    const zh = describeUnmet(tutorial, months!);
    expect(zh).toContain('2');
    expect(zh).toContain('6');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names the registration the rural child has and the local one the school asks for', async () => {
    await setLanguage('en');
    const [any] = unmet(enrol.requires, run(tutorial, 'rural'));
    const text = describeUnmet(tutorial, any!);
    expect(text).toContain('rural hukou from elsewhere');
    expect(text).toContain('local hukou');
    expect(text).toContain('Residence permit: you do not have one');
  });
});

describe('the birthplace power-ups', () => {
  it('a rural child keeps the farmland contract and needs other papers for the public school', () => {
    const ups = powerUps(tutorial, reg('rural'));
    expect(ups).toContainEqual({ kind: 'document', id: 'land-contract', state: 'have' });
    expect(ups).toContainEqual({ kind: 'document', id: 'local-medical-insurance', state: 'lack' });
    expect(ups.find((u) => u.id === 'enrol' && u.venue === 'public-school')?.state).toBe('extra');
  });

  it('an urban child of the city walks into the public school by birth', () => {
    const ups = powerUps(tutorial, reg('urban'));
    expect(ups.find((u) => u.id === 'enrol' && u.venue === 'public-school')?.state).toBe('open');
    expect(ups).toContainEqual({ kind: 'document', id: 'land-contract', state: 'lack' });
  });
});

describe('power-up icons', () => {
  it('every document in every level gets an icon that the art has', async () => {
    const { readFileSync } = await import('node:fs');
    const manifest: { key: string }[] = JSON.parse(readFileSync('assets/art/manifest.json', 'utf8'));
    const keys = new Set(manifest.map((m) => m.key));
    for (const level of shipped().levels.values())
      for (const d of level.documents) expect(keys.has(documentIcon(d.id)), d.id).toBe(true);
    expect(documentIcon('land-contract')).toBe('icon-land-contract');
    expect(documentIcon('resident-medical-insurance')).toBe('icon-rural-insurance');
  });
});
