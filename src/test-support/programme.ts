/**
 * A generated programme of any size for the agenda's filters, search and speed (issue 18): the
 * fictional Riverside forum's session (forumSession) repeated over five days from 2027-06-15,
 * with kinds, formats, languages, titles and people varied so that every filter and the search
 * in each language have something to find. Session i is `s<i>`; deterministic.
 */
import {forumFeed, forumSession} from './fixtures.js';

const t = (en: string, fr: string, es: string) => ({en, fr, es});
export const KINDS = [t('Plenary', 'Plénière', 'Plenaria'), t('Workshop', 'Atelier', 'Taller'), t('Lab', 'Laboratoire', 'Laboratorio'), t('Side event', 'Événement parallèle', 'Evento paralelo'), t('Round table', 'Table ronde', 'Mesa redonda')];
const TOPICS = [
  t('Energy transition', 'Transition énergétique', 'Transición energética'),
  t('Water for every neighbourhood', 'De l’eau pour chaque quartier', 'Agua para cada barrio'),
  t('Local finance', 'Finances locales', 'Financiación local'),
  t('Housing for all', 'Le logement pour toutes et tous', 'Vivienda para todas y todos'),
  t('Digital cities', 'Villes numériques', 'Ciudades digitales'),
  t('Migration and welcome', 'Migrations et accueil', 'Migración y acogida'),
  t('Culture in the city', 'La culture dans la ville', 'La cultura en la ciudad'),
];
const MODES = ['in-person', 'hybrid', 'online'] as const;
const LANGS = [{spoken: ['en'], interpretation: ['fr', 'es']}, {spoken: ['fr'], interpretation: ['en']}, {spoken: ['es'], interpretation: ['en', 'fr', 'ar']}, {spoken: ['en', 'es'], interpretation: []}];
const pad = (n: number) => String(n).padStart(2, '0');

export function programmeSession(i: number, perDay: number): Record<string, unknown> {
  const day = Math.floor(i / perDay);
  const slot = i % perDay;
  const minutes = 8 * 60 + (slot % 24) * 30;
  const start = `2027-06-${pad(15 + day)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  const end = `2027-06-${pad(15 + day)}T${pad(Math.floor(minutes / 60) + 1)}:${pad(minutes % 60)}`;
  const topic = TOPICS[i % TOPICS.length];
  const base = forumSession();
  return {
    ...base,
    id: `s${i}`,
    kind: KINDS[i % KINDS.length],
    title: t(`${topic.en} ${i}`, `${topic.fr} ${i}`, `${topic.es} ${i}`),
    start, end,
    location: {...(base.location as object), mode: MODES[i % MODES.length]},
    languages: LANGS[i % LANGS.length],
    people: (base.people as unknown[]).slice(i % 8, (i % 8) + 2),
    links: {details: `https://example.org/riverside/s${i}`},
  };
}

/** `n` sessions over five days (at most 24 a day in half-hour slots, tracks in parallel beyond). */
export function programmeFeed(n = 1000): Record<string, unknown> {
  const perDay = Math.ceil(n / 5);
  return forumFeed(...Array.from({length: n}, (_, i) => programmeSession(i, perDay)));
}
