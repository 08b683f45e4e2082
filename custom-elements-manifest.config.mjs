/** `cem analyze` reads the sources' JSDoc (@tagname, @fires, @csspart, @cssprop, @slot) and Lit decorators. */
export default {
  globs: ['src/components/*/*.ts', 'src/internal/*.ts', 'src/events/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
