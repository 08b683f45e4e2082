import {expect} from '@open-wc/testing';
import type {Language} from '../core/types.js';
import {addStrings, msgIn as brandedMsgIn, str} from './msg.js';
import {cardStrings} from './generated/strings/card.js';
import {linkStrings} from './generated/strings/link.js';

addStrings(cardStrings);
addStrings(linkStrings);

// Unbranded, so that lit-localize extract does not take these test calls for real strings.
const msgIn = (lang: Language) => brandedMsgIn(lang) as unknown as (template: unknown, options: {id: string}) => string;

// Our own lookup stands in for @lit/localize's runtimeMsg (see msg.ts): it must do the same.
describe('msg', () => {
  const yourTime = (lang: Language, time: string, zone: string, shift: string) =>
    msgIn(lang)(str`${time} your time (${zone})${shift}`, {id: 'card.your-time'});

  it('English: the template itself, values in place', () => {
    expect(msgIn('en')('Details', {id: 'link.details'})).to.equal('Details');
    expect(yourTime('en', '13:00', 'CEST', ' (+1)')).to.equal('13:00 your time (CEST) (+1)');
  });

  it('French and Spanish: the translation, each ${n} replaced by the n-th English value', () => {
    expect(msgIn('fr')('Details', {id: 'link.details'})).to.equal('Détails');
    expect(yourTime('fr', '13:00', 'CEST', '')).to.equal('13:00 à votre heure (CEST)');
    expect(yourTime('es', '13:00', 'CEST', '!')).to.equal('13:00 en su hora (CEST)!');
  });

  it('falls back to English for an id that has no translation', () => {
    expect(msgIn('fr')('Untranslated', {id: 'test.none'})).to.equal('Untranslated');
    expect(msgIn('es')(str`${2} of ${3}`, {id: 'test.none'})).to.equal('2 of 3');
  });

  it('translations count from the moment their namespace is registered, in the fr, es column order', () => {
    const lookup = () => ['fr', 'es'].map((l) => msgIn(l as Language)('Test', {id: 'test.registered'})).join();
    expect(lookup()).to.equal('Test,Test');
    addStrings({'test.registered': ['Essai', 'Prueba']});
    expect(lookup()).to.equal('Essai,Prueba');
  });

  it('each language is its own lookup: nothing is shared between calls', () => {
    const fr = msgIn('fr');
    const es = msgIn('es');
    expect(fr('Details', {id: 'link.details'}) + es('Details', {id: 'link.details'}) + fr('Details', {id: 'link.details'})).to.equal('DétailsDetallesDétails');
    expect(msgIn('fr')).to.equal(fr);
  });
});
