/**
 * The feed code for an element that imports it only when needed (the countdown: see
 * ./feed-engine-load.ts). Only ever the target of `import()`, never of a static import: in a
 * bundle where other elements import ./feed-engine.ts at once (`define.js`), this module is a
 * small chunk of its own, where an `import()` of feed-engine.ts itself would be an import of a
 * module already bundled, which bundlers warn about (Rolldown: INEFFECTIVE_DYNAMIC_IMPORT).
 */
export {feedEngine} from './feed-engine.js';
