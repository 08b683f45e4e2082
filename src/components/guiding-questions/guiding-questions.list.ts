import type {Msg} from '../../i18n/msg.js';
import {addStrings} from '../../i18n/msg.js';
import {questionsStrings} from '../../i18n/generated/strings/questions.js';

addStrings(questionsStrings);

/**
 * What `<uclg-guiding-questions>` and the session card (which shows the same list in its own
 * shadow tree) share: the default heading, the questions' ids and the URL fragment that names one.
 */

/** "Guiding questions", in the language of `msg`. */
export const questionsHeading = (msg: Msg): string =>
  msg('Guiding questions', {id: 'questions.heading', desc: 'Heading above the list of questions that frame a policy dialogue.'});

/** A feed question's id, which a page's URL fragment can point at: `<session>-q<n>`, n from 1. */
export const questionId = (sessionId: string, index: number): string => `${sessionId}-q${index + 1}`;

/** The page's URL fragment without `#`, decoded (a malformed escape is taken as written). */
export function fragmentId(hash = location.hash): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}
