/**
 * Rollup plugin for the CDN bundle: builds it with other versions of some modules. `swaps` maps
 * a module to its CDN version (paths from the root; symbolic links followed), see
 * rollup.config.js.
 */
import {realpathSync} from 'node:fs';

export default function cdnModules(swaps) {
  const table = new Map(Object.entries(swaps).map(([from, to]) => [realpathSync(from), realpathSync(to)]));
  const used = new Set();
  return {
    name: 'cdn-modules',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const resolved = await this.resolve(source, importer, {...options, skipSelf: true});
      const swap = resolved && table.get(resolved.id);
      if (!swap) return resolved;
      used.add(resolved.id);
      return swap;
    },
    buildEnd(error) {
      // A renamed or moved module must not silently put the long version back in the bundle.
      const unused = [...table.keys()].filter((k) => !used.has(k));
      if (!error && unused.length) this.error(`cdn-modules: nothing imports ${unused.join(', ')}; update rollup.config.js`);
    },
  };
}
