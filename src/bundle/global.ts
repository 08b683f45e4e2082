/**
 * What the CDN files put on `window`: `UclgWidgets.version`. The first copy of the library on a
 * page claims it; a second copy (another version) leaves it alone, as it leaves the elements.
 *
 * This module's declarations are the CDN files' types: `npm run build` copies its `.d.ts` to
 * dist/cdn/uclg-widgets.d.ts, which the package's "./cdn/*" exports (and typesVersions) name.
 */
import '../define.js';
import {VERSION} from '../internal/version.js';

/** `window.UclgWidgets`, set by dist/cdn/uclg-widgets.js and uclg-widgets.iife.js. */
export interface UclgWidgetsGlobal {
  /** The version of the copy that registered the elements, e.g. "0.1.0". */
  readonly version: string;
}

declare global {
  /** Set by the CDN files (`window.UclgWidgets.version`); the first copy on a page wins. */
  // `var`, not `let`: only a `var` in `declare global` becomes a property of `window`/`globalThis`.
  var UclgWidgets: UclgWidgetsGlobal;
}

const g = globalThis as {UclgWidgets?: UclgWidgetsGlobal};
g.UclgWidgets ??= Object.freeze({version: VERSION});
