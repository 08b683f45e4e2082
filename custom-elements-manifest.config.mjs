/**
 * `cem analyze` reads the sources' JSDoc (@tagname, @fires, @csspart, @cssprop, @slot, @attr)
 * and Lit decorators. The plugin rewrites source paths to the published dist/ files and lists
 * one definition per element (from its `*.define.js` module).
 */
function publishedPaths() {
  const toDist = (p) => p.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
  const rewrite = (node) => {
    if (Array.isArray(node)) node.forEach(rewrite);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if ((k === 'path' || k === 'module') && typeof v === 'string') node[k] = toDist(v);
        else rewrite(v);
      }
    }
  };
  return {
    name: 'uclg-published-paths',
    packageLinkPhase({customElementsManifest: manifest}) {
      rewrite(manifest.modules);
      const classes = new Map();
      for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) classes.set(mod.path, d);
      for (const mod of manifest.modules) {
        mod.exports = (mod.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && e.name === 'tag'));
        const classModule = mod.path.replace(/\.define\.js$/, '.js');
        const el = mod.path.endsWith('.define.js') && classes.get(classModule);
        if (el) mod.exports.push({kind: 'custom-element-definition', name: el.tagName, declaration: {name: el.name, module: classModule}});
      }
    },
  };
}

export default {
  globs: ['src/components/*/*.ts', 'src/base/*.ts', 'src/events/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publishedPaths()],
};
