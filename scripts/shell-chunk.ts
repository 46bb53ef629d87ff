// One chunk for everything the first screen runs. Left to itself, rolldown puts each module that
// the entry shares with a lazy chunk (the store, the rules the lottery needs, the translator and the
// strings, dialogs…) into a chunk of its own: the title then waited for ~16 files, more than a
// browser fetches at once over HTTP/1.1 (6 per host), so several waited a round trip more on a
// slow line. This plugin finds the modules the entry reaches through static imports (after the
// module graph is built, before chunking) and a codeSplitting group gathers them into one
// `shell` chunk that the entry and the lazy chunks import.
import type { Plugin } from 'vite';

export function shellChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const shell = new Set<string>();
  const plugin: Plugin = {
    name: 'shell-chunk',
    apply: 'build',
    buildEnd() {
      shell.clear();
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      const visit = (id: string) => {
        if (shell.has(id)) return;
        shell.add(id);
        for (const dep of this.getModuleInfo(id)?.importedIds ?? []) visit(dep);
      };
      for (const e of entries) visit(e);
    },
  };
  return { plugin, test: (id) => shell.has(id) };
}
