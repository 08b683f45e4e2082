/** A small feed for tests: every field, links, statuses, and a session missing translations. */
export function testFeed(): Record<string, unknown> {
  return {
    version: 1,
    event: {
      id: 'eb-2021',
      name: {en: 'UCLG Executive Bureau 2021', fr: 'Bureau exécutif de CGLU 2021', es: 'Buró Ejecutivo de CGLU 2021'},
      theme: {en: 'Care at the heart', fr: 'Le soin au cœur', es: 'El cuidado en el centro'},
      defaultLanguage: 'en',
    },
    sessions: [
      {
        id: 'digital',
        kind: {en: 'Opening High-Level Policy Dialogue', fr: 'Dialogue politique de haut niveau d’ouverture', es: 'Diálogo político de alto nivel de apertura'},
        title: {en: 'Inclusive Digitalization', fr: 'Numérisation inclusive', es: 'Digitalización inclusiva'},
        body: [
          {en: 'First paragraph.', fr: 'Premier paragraphe.', es: 'Primer párrafo.'},
          {en: 'Second paragraph.', fr: 'Deuxième paragraphe.', es: 'Segundo párrafo.'},
          {en: 'Third paragraph.', fr: 'Troisième paragraphe.', es: 'Tercer párrafo.'},
        ],
        start: '2021-05-19T12:00:00+02:00',
        end: '2021-05-19T13:30:00+02:00',
        timeZone: 'Europe/Madrid',
        guidingQuestions: [1, 2, 3, 4, 5, 6].map((n) => ({en: `Question ${n}?`, fr: `Question ${n} ?`, es: `¿Pregunta ${n}?`})),
        links: {details: 'https://example.org/digital', stream: 'https://example.org/live', register: 'javascript:alert(1)'},
      },
      {
        id: 'health',
        kind: {en: 'High-Level Policy Dialogue'},
        title: {en: 'Healthy People and Territories', fr: 'Des personnes et des territoires en bonne santé'},
        body: [{en: 'Only in English.'}],
        start: '2021-05-20T12:00',
        end: '2021-05-20T13:30',
        timeZone: 'Europe/Madrid',
        guidingQuestions: [{en: 'How?'}],
      },
      {
        id: 'cancelled',
        kind: {en: 'Side event'},
        title: {en: 'Cancelled session'},
        body: [],
        start: '2021-05-21T10:00:00Z',
        end: '2021-05-21T11:00:00Z',
        timeZone: 'UTC',
        status: 'cancelled',
      },
    ],
  };
}

/** The browser zone this test group runs in (set per group by the test runner config). */
export const browserZone = (): string => new Intl.DateTimeFormat().resolvedOptions().timeZone;
