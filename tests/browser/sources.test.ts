// #/sources draws each fact's chips with the same component as a "Why?" card (ui/fact-card.ts
// factMeta): an approximation used for play balance is marked there too, and only there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './browser';

const facts: { id: string; approximation?: boolean }[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'levels', 'facts.json'), 'utf8'),
).facts;
const approx = facts.filter((f) => f.approximation).map((f) => f.id);
const exact = facts.filter((f) => !f.approximation).map((f) => f.id);

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('#/sources', () => {
  it('marks every play-balance approximation, and no other fact', async () => {
    expect(approx.length).toBeGreaterThan(0);
    session = await openSession(inject('baseUrl'), { locale: 'en-US' });
    const { page } = session;
    await page.goto(`${inject('baseUrl')}#/sources`);
    await page.waitForSelector('.screen-sources .fact-list li');
    const marked = await page.$$eval('.screen-sources li', (items) =>
      items
        .filter((li) => li.querySelector('.fact-meta')?.textContent?.includes('Play-balance approximation'))
        .map((li) => li.id.replace(/^fact-/, '')),
    );
    expect(marked.sort()).toEqual([...approx].sort());
    expect(marked.some((id) => exact.includes(id))).toBe(false);
  }, 60_000);
});

describe('the glossary on the title', () => {
  it('opens from the title with the keyboard, every term with hanzi and pinyin, in the player’s language (Chinese here), and gives focus back', async () => {
    const terms: { id: string }[] = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', 'src', 'i18n', 'glossary.json'), 'utf8'),
    );
    session = await openSession(inject('baseUrl'), { locale: 'zh-CN' });
    const { page } = session;
    await page.goto(inject('baseUrl'));
    await page.focus('.title-buttons [data-action="glossary"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog[open] .glossary dt');
    expect(await page.$$eval('dialog[open] .glossary dt', (ds) => ds.length)).toBe(terms.length);
    const first = await page.$eval('dialog[open] .glossary dd', (d) => d.textContent ?? '');
    expect(first).toMatch(/[\u4e00-\u9fff]/);
    expect(first).not.toMatch(/[A-Za-z]{4,}/);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('glossary');
    expect(session.errors).toEqual([]);
  }, 60_000);
});
