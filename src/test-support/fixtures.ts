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

const text = (en: string, fr: string, es: string) => ({en, fr, es});

/**
 * One session of a fictional forum (Riverside, not a real city or UCLG event) with every field of
 * issue 17: eight people in every role, one of them without photo (more than six, so the card says
 * "and N more"), two spoken languages and four in interpretation (Arabic too), a hybrid place,
 * registration closing the day before, and every link. 2027-06-15 10:00–11:30 in Europe/Madrid
 * (08:00–09:30Z); registration closes 2027-06-14 18:00 there (16:00Z). Photos are example.org
 * placeholders, never served: a test that renders them must not wait for them. `over` replaces
 * top-level fields. It parses with no problem (src/feed/parse.test.ts checks it).
 */
export function forumSession(over: Record<string, unknown> = {}): Record<string, unknown> {
  const person = (name: string, role: string, en: string, fr: string, es: string, photo = true) => ({
    name, role, affiliation: text(en, fr, es),
    ...(photo && {photo: `https://example.org/photos/${name.normalize('NFD').replace(/[^A-Za-z ]/g, '').toLowerCase().replace(/ /g, '-')}.jpg`}),
  });
  return {
    id: 'riverside-water',
    kind: text('Plenary (fictional)', 'Plénière (fictive)', 'Plenaria (ficticia)'),
    title: text('Water for Every Neighbourhood', 'De l’eau pour chaque quartier', 'Agua para cada barrio'),
    body: [text('A fictional session for tests.', 'Une session fictive pour les tests.', 'Una sesión ficticia para las pruebas.')],
    start: '2027-06-15T10:00',
    end: '2027-06-15T11:30',
    timeZone: 'Europe/Madrid',
    status: 'scheduled',
    links: {
      details: 'https://example.org/riverside/water',
      register: 'https://example.org/riverside/water/register',
      stream: 'https://example.org/riverside/water/live',
      recording: 'https://example.org/riverside/water/recording',
    },
    people: [
      person('Amara Okafor', 'moderator', 'Riverside City Council', 'Conseil municipal de Riverside', 'Ayuntamiento de Riverside'),
      person('Lucía Ferrán', 'host', 'Mayor of Riverside', 'Maire de Riverside', 'Alcaldesa de Riverside'),
      person('Kenji Watanabe', 'keynote', 'Harbourtown Water Board', 'Régie des eaux de Harbourtown', 'Junta del Agua de Harbourtown'),
      person('Élise Marchand', 'speaker', 'Mayor of Vallon-sur-Lac', 'Maire de Vallon-sur-Lac', 'Alcaldesa de Vallon-sur-Lac', false),
      person('Tomás Ibarra', 'speaker', 'Governor of Sierra Alta', 'Gouverneur de Sierra Alta', 'Gobernador de Sierra Alta'),
      person('Nadia Haddad', 'speaker', 'Deputy Mayor of Qasr Nour', 'Adjointe au maire de Qasr Nour', 'Teniente de alcalde de Qasr Nour'),
      person('Piet de Vries', 'speaker', 'Polder Region Network', 'Réseau des régions de polders', 'Red de Regiones de Pólder'),
      person('Grace Mensah', 'rapporteur', 'Riverside Youth Assembly', 'Assemblée des jeunes de Riverside', 'Asamblea Juvenil de Riverside'),
    ],
    languages: {spoken: ['en', 'es'], interpretation: ['en', 'fr', 'es', 'ar']},
    location: {
      mode: 'hybrid',
      venue: text('Riverside Conference Hall', 'Palais des congrès de Riverside', 'Palacio de Congresos de Riverside'),
      address: text('1 Harbour Square', '1, place du Port', 'Plaza del Puerto, 1'),
      city: text('Riverside', 'Riverside', 'Riverside'),
      country: 'ES',
      map: 'https://example.org/riverside/map',
    },
    registration: {closes: '2027-06-14T18:00', full: false},
    ...over,
  };
}

/** A fictional feed (the Riverside forum) around the given sessions; by default forumSession(). */
export function forumFeed(...sessions: Record<string, unknown>[]): Record<string, unknown> {
  return {
    version: 1,
    event: {
      id: 'riverside-2027',
      name: text('Riverside Cities Forum 2027 (fictional)', 'Forum des villes de Riverside 2027 (fictif)', 'Foro de Ciudades de Riverside 2027 (ficticio)'),
      defaultLanguage: 'en',
    },
    sessions: sessions.length ? sessions : [forumSession()],
  };
}

/** The browser zone this test group runs in (set per group by the test runner config). */
export const browserZone = (): string => new Intl.DateTimeFormat().resolvedOptions().timeZone;
