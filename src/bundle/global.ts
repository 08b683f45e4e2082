/**
 * What the CDN files put on `window`: `UclgWidgets.version`. The first copy of the library on a
 * page claims it; a second copy (another version) leaves it alone, as it leaves the elements.
 */
import '../define.js';
import {VERSION} from '../internal/version.js';

export interface UclgWidgetsGlobal {
  readonly version: string;
}

const g = globalThis as {UclgWidgets?: UclgWidgetsGlobal};
g.UclgWidgets ??= Object.freeze({version: VERSION});
