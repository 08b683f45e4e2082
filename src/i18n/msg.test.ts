import {expect} from '@open-wc/testing';
import {msg, str, withLanguage} from './msg.js';

// Our own lookup stands in for @lit/localize's runtimeMsg (see msg.ts): it must do the same.
describe('msg', () => {
  const yourTime = (time: string, zone: string, shift: string) => msg(str`${time} your time (${zone})${shift}`, {id: 'card.your-time'});

  it('English: the template itself, values in place', () => {
    expect(msg('Details', {id: 'link.details'})).to.equal('Details');
    expect(yourTime('13:00', 'CEST', ' (+1)')).to.equal('13:00 your time (CEST) (+1)');
  });

  it('French and Spanish: the translation, each ${n} replaced by the n-th English value', () => {
    expect(withLanguage('fr', () => msg('Details', {id: 'link.details'}))).to.equal('Détails');
    expect(withLanguage('fr', () => yourTime('13:00', 'CEST', ''))).to.equal('13:00 à votre heure (CEST)');
    expect(withLanguage('es', () => yourTime('13:00', 'CEST', '!'))).to.equal('13:00 en su hora (CEST)!');
  });

  it('falls back to English for an id that has no translation', () => {
    expect(withLanguage('fr', () => msg('Untranslated', {id: 'test.none'}))).to.equal('Untranslated');
    expect(withLanguage('es', () => msg(str`${2} of ${3}`, {id: 'test.none'}))).to.equal('2 of 3');
  });

  it('withLanguage restores the previous language, even after a throw', () => {
    expect(() => withLanguage('fr', () => {
      throw new Error('x');
    })).to.throw('x');
    expect(msg('Details', {id: 'link.details'})).to.equal('Details');
    expect(withLanguage('es', () => withLanguage('fr', () => msg('Details', {id: 'link.details'})) + msg('Details', {id: 'link.details'}))).to.equal('DétailsDetalles');
  });
});
