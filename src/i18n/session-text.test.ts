import {expect} from '@open-wc/testing';
import type {Language, LocalizedText, Person} from '../core/types.js';
import {msgIn} from './msg.js';
import {displayName, groupPeople, initials, languagesText, morePeople, placeText, roleLabel} from './session-text.js';

const person = (name: string, role: Person['role']): Person => ({name, role});
const en = (t: LocalizedText | string) => (typeof t === 'string' ? t : t.en);

describe('i18n/session-text', () => {
  it('groups people by role, moderator first, keeping the speaking order within a role', () => {
    const people = [person('S1', 'speaker'), person('R', 'rapporteur'), person('M', 'moderator'), person('S2', 'speaker'), person('K', 'keynote'), person('H', 'host')];
    expect(groupPeople(people).map((g) => [g.role, g.people.map((p) => p.name).join()])).to.deep.equal([
      ['moderator', 'M'], ['host', 'H'], ['keynote', 'K'], ['speaker', 'S1,S2'], ['rapporteur', 'R'],
    ]);
    expect(groupPeople([])).to.deep.equal([]);
  });

  it('labels roles in the singular and plural of each language', () => {
    const labels = (lang: Language, n: number) => (['moderator', 'host', 'keynote', 'speaker', 'rapporteur'] as const).map((r) => roleLabel(r, n, lang, msgIn(lang)));
    expect(labels('en', 1)).to.deep.equal(['Moderator', 'Host', 'Keynote speaker', 'Speaker', 'Rapporteur']);
    expect(labels('en', 2)).to.deep.equal(['Moderators', 'Hosts', 'Keynote speakers', 'Speakers', 'Rapporteurs']);
    expect(labels('fr', 1)).to.deep.equal(['Modération', 'Hôte', 'Intervention principale', 'Intervenant·e', 'Rapporteur·e']);
    expect(labels('fr', 3)).to.deep.equal(['Modération', 'Hôtes', 'Interventions principales', 'Intervenant·es', 'Rapporteur·es']);
    expect(labels('es', 1)).to.deep.equal(['Moderación', 'Persona anfitriona', 'Ponencia principal', 'Ponente', 'Relatoría']);
    expect(labels('es', 2)).to.deep.equal(['Moderación', 'Personas anfitrionas', 'Ponencias principales', 'Ponentes', 'Relatoría']);
    expect(['en', 'fr', 'es'].map((l) => morePeople(2, msgIn(l as Language)))).to.deep.equal(['and 2 more', 'et 2 de plus', 'y 2 más']);
  });

  it('takes initials from the first and last words, letters only, any script', () => {
    expect(initials('Amara Okafor')).to.equal('AO');
    expect(initials('Piet de Vries')).to.equal('PV');
    expect(initials('  élise  ')).to.equal('É');
    expect(initials('Dr. (Ana) María Ruiz-Pérez')).to.equal('DR');
    expect(initials('نادية حداد')).to.equal('نح');
  });

  it('names countries and languages through Intl, and keeps a code it cannot name', () => {
    expect(['en', 'fr', 'es'].map((l) => displayName('ES', 'region', l as Language))).to.deep.equal(['Spain', 'Espagne', 'España']);
    expect(displayName('ar', 'language', 'fr')).to.equal('arabe');
    expect(displayName('XX', 'region', 'en')).to.equal('XX');
    expect(displayName('qaa', 'language', 'es')).to.equal('qaa');
    expect(displayName('not a tag', 'language', 'en')).to.equal('not a tag');
  });

  it('says where: online, a venue, or both', () => {
    const msg = msgIn('en');
    const venue = {en: 'Riverside Conference Hall'};
    const city = {en: 'Riverside'};
    const line = (p: ReturnType<typeof placeText>) => [p.mode, p.where.map(en).join(', ')].filter(Boolean).join(' · ');
    expect(line(placeText({mode: 'online', venue}, 'en', msg))).to.equal('Online');
    expect(line(placeText({mode: 'in-person', venue, city, country: 'ES'}, 'en', msg))).to.equal('Riverside Conference Hall, Riverside, Spain');
    expect(line(placeText({mode: 'in-person'}, 'en', msg))).to.equal('In person');
    expect(line(placeText({mode: 'hybrid', city, country: 'NP'}, 'en', msg))).to.equal('In person and online · Riverside, Nepal');
    expect(line(placeText({mode: 'hybrid', country: 'NP'}, 'fr', msgIn('fr')))).to.equal('En présentiel et en ligne · Népal');
    expect(line(placeText({mode: 'online'}, 'es', msgIn('es')))).to.equal('En línea');
  });

  it('says the languages: spoken in order, interpretation into the others by name', () => {
    const languages = {spoken: ['en', 'es'], interpretation: ['en', 'fr', 'es', 'ar']};
    expect(languagesText(languages, 'en', msgIn('en'))).to.equal('In English and Spanish · Interpretation: Arabic, French');
    // A short list as this browser's Intl writes it ("árabe, francés" or "árabe y francés" by ICU version).
    const short = (locale: string, items: string[]) => new Intl.ListFormat(locale, {type: 'unit', style: 'short'}).format(items);
    expect(languagesText(languages, 'fr', msgIn('fr'))).to.equal(`En anglais et espagnol · Interprétation\u00a0: ${short('fr-FR', ['arabe', 'français'])}`);
    expect(languagesText(languages, 'es', msgIn('es'))).to.equal(`En inglés y español · Interpretación: ${short('es-ES', ['árabe', 'francés'])}`);
    expect(languagesText({spoken: ['fr'], interpretation: []}, 'en', msgIn('en'))).to.equal('In French');
    expect(languagesText({spoken: [], interpretation: ['pt-BR', 'qaa']}, 'en', msgIn('en'))).to.equal('Interpretation: Brazilian Portuguese, qaa');
    expect(languagesText({spoken: ['en'], interpretation: ['en']}, 'en', msgIn('en'))).to.equal('In English');
    expect(languagesText({spoken: [], interpretation: []}, 'en', msgIn('en'))).to.equal(undefined);
  });
});
