// The build bundles the content files without their indentation (scripts/minify-content.ts): the
// game must load exactly the levels, policies and facts it loads from the files as written, and a
// broken file must reach the loader as written, so its problem is still reported at its line.
import { describe, expect, it } from 'vitest';
import { CONTENT, minifiedJson } from '../../scripts/minify-content';
import { contentFiles } from '../../scripts/node-content';
import { loadContent } from '../../src/content/load';

describe('content JSON without indentation', () => {
  const files = contentFiles().filter((f) => !f.path.endsWith('.schema.json'));

  it('loads the same content as the files as written, and is smaller', () => {
    const minified = files.map((f) => ({ ...f, text: minifiedJson(f.text) ?? '' }));
    for (const [i, f] of minified.entries()) {
      expect(f.text.length, f.path).toBeGreaterThan(0);
      expect(f.text.length, f.path).toBeLessThan(files[i]!.text.length);
      expect(f.text, f.path).not.toMatch(/\n/);
    }
    const written = loadContent(files);
    const bundled = loadContent(minified);
    expect(written.problems).toEqual([]);
    expect(bundled.problems).toEqual([]);
    expect(bundled.order).toEqual(written.order);
    expect(bundled.facts).toEqual(written.facts);
    expect([...bundled.policies]).toEqual([...written.policies]);
    expect([...bundled.levels]).toEqual([...written.levels]);
  });

  it('keeps every key in its order and every string as written', () => {
    const text = '\ufeff{\n  "b": "two  spaces\\n",\n  "a": [1, {"z": "首都：五证", "y": null}]\n}\n';
    expect(minifiedJson(text)).toBe('{"b":"two  spaces\\n","a":[1,{"z":"首都：五证","y":null}]}');
  });

  it('leaves a file that is not JSON to the loader, which names its line', () => {
    const broken = '{\n  "id": "tutorial",\n  "title": {"en": "x",}\n}\n';
    expect(minifiedJson(broken)).toBeNull();
    const r = loadContent([{ path: 'levels/tutorial.json', text: broken }]);
    expect(r.problems.map((p) => p.message).join('\n')).toMatch(/line 3/);
  });

  it('applies to the content files imported as text, not to other JSON', () => {
    expect(CONTENT.test('/p/levels/tutorial.json?raw')).toBe(true);
    expect(CONTENT.test('C:\\p\\levels\\policies\\status-quo.json?raw')).toBe(true);
    expect(CONTENT.test('/p/levels/tutorial.json?import&raw')).toBe(true); // the dev server's id
    expect(CONTENT.test('/p/levels/tutorial.json')).toBe(false);
    expect(CONTENT.test('/p/levels/tutorial.json?rawish')).toBe(false);
    expect(CONTENT.test('/p/src/locales/en.json?raw')).toBe(false);
  });
});
