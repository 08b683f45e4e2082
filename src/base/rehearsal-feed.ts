/**
 * The feed the widgets rehearse their first render with, at idle, before a real feed arrives
 * (the agenda's `agenda.rehearsal.ts`, the card's `session-card.rehearsal.ts`): a session with
 * every part a card or an agenda item can show, so that the parser reads each kind of value and
 * Lit prepares each template once, on nothing anyone sees.
 */
const t = (text: string) => ({en: text, fr: text, es: text});

/**
 * Every part: a theme, a summary, two paragraphs, a question, people, languages, a place, links
 * (register among them); a zone few visitors are in, so that a card also shows the visitor's own
 * time. A second session, for the agenda, without any of it.
 */
export const REHEARSAL_FEED = {
  version: 1,
  event: {id: 'rehearsal', name: t('R'), theme: t('T'), defaultLanguage: 'en'},
  sessions: [
    {
      id: 'a', kind: t('K'), title: t('A'), summary: t('S'), body: [t('B'), t('C')], guidingQuestions: [t('Q')],
      start: '2030-01-01T10:00', end: '2030-01-01T11:00', timeZone: 'Pacific/Chatham',
      people: [{name: 'N', affiliation: t('F')}], languages: {spoken: ['en'], interpretation: ['fr', 'es']},
      location: {mode: 'hybrid', city: t('C'), country: 'ES'}, links: {details: 'https://e.org/a', register: 'https://e.org/r'},
    },
    {id: 'b', kind: t('L'), title: t('B'), body: [], start: '2030-01-01T23:00', end: '2030-01-02T01:00', timeZone: 'UTC'},
  ],
};
