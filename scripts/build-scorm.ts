// npm run build:scorm — a SCORM 1.2 package for learning platforms (Moodle, Canvas, Blackboard):
// the game built without a service worker (--mode scorm), imsmanifest.xml naming it as one SCO,
// and the SCORM 1.2 schema files, zipped as dist-scorm/invisible-walls-scorm12.zip.
// The game talks to the platform through src/scorm/scorm.ts (docs/deploy/README.md).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { build } from 'vite';

const ROOT = join(import.meta.dirname, '..');
const SCHEMAS = join(ROOT, 'scripts', 'scorm12');
export const SCHEMA_FILES = [
  'adlcp_rootv1p2.xsd',
  'imscp_rootv1p1p2.xsd',
  'imsmd_rootv1p2p1.xsd',
  'ims_xml.xsd',
];

const xmlText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** imsmanifest.xml for one SCO launched at index.html, listing every file of the game. */
export function manifestXml(files: readonly string[], version: string): string {
  const title = 'Invisible Walls · 隐形的墙';
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="invisible-walls-${xmlText(version)}" version="${xmlText(version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="invisible-walls-org">
    <organization identifier="invisible-walls-org">
      <title>${xmlText(title)}</title>
      <item identifier="invisible-walls-item" identifierref="invisible-walls-sco" isvisible="true">
        <title>${xmlText(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="invisible-walls-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files.map((f) => `      <file href="${xmlText(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

export async function buildScorm(outArg = process.env.IW_SCORM_OUT ?? 'dist-scorm'): Promise<string> {
  const out = isAbsolute(outArg) ? outArg : join(ROOT, outArg);
  const content = join(out, 'content');
  await build({ root: ROOT, mode: 'scorm', logLevel: 'warn', build: { outDir: content, emptyOutDir: true } });
  const files = filesUnder(content).filter((f) => !f.startsWith('.vite/'));
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const manifest = manifestXml(files, version);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'imsmanifest.xml'), manifest);
  const entries: Record<string, Uint8Array> = { 'imsmanifest.xml': new TextEncoder().encode(manifest) };
  for (const f of SCHEMA_FILES) entries[f] = readFileSync(join(SCHEMAS, f));
  for (const f of files) entries[f] = readFileSync(join(content, f));
  const zip = join(out, 'invisible-walls-scorm12.zip');
  writeFileSync(zip, zipSync(entries, { level: 9 }));
  return zip;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const zip = await buildScorm();
  console.log(`${relative(ROOT, zip)} ${Math.round(readFileSync(zip).length / 1024)} KB`);
}
