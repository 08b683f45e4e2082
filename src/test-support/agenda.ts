import {afterFrame} from '../components/agenda/agenda.fill.js';

/**
 * The agenda writes the page URL after the frame that shows a change (and fills long lists a
 * step per frame): this resolves once everything already waiting for that frame has run.
 */
export const urlWritten = (): Promise<void> => new Promise((resolve) => afterFrame(() => resolve()));
