import {expect} from '@open-wc/testing';
import {fieldForProblem, fieldId, formatPath, getAt, parsePath, sessionIndex, setAt} from './paths.js';
import {allFields, sessionFields} from './form.js';

describe('editor paths', () => {
  it('reads and writes parseFeed paths', () => {
    expect(parsePath('sessions[1].people[0].name')).to.deep.equal(['sessions', 1, 'people', 0, 'name']);
    expect(parsePath('$')).to.deep.equal([]);
    expect(formatPath(['sessions', 1, 'title', 'fr'])).to.equal('sessions[1].title.fr');
    expect(fieldId('sessions[1].title.fr')).to.equal('f-sessions-1-title-fr');
    expect(sessionIndex('sessions[12].start')).to.equal(12);
    expect(sessionIndex('event.name')).to.equal(undefined);
  });

  it('sets values, and removes keys and the optional parts they empty', () => {
    const d: Record<string, unknown> = {event: {name: {en: 'E'}}, sessions: [{id: 'a', location: {mode: 'online', venue: {fr: 'Salle'}}}]};
    setAt(d, parsePath('sessions[0].title.fr'), 'Titre');
    expect(getAt(d, parsePath('sessions[0].title'))).to.deep.equal({fr: 'Titre'});
    setAt(d, parsePath('sessions[0].location.venue.fr'), undefined);
    expect(getAt(d, parsePath('sessions[0].location'))).to.deep.equal({mode: 'online'});
    setAt(d, parsePath('sessions[0].location.mode'), undefined);
    expect(getAt(d, parsePath('sessions[0]'))).to.deep.equal({id: 'a', title: {fr: 'Titre'}});
    setAt(d, parsePath('event.name.en'), undefined);
    expect(d.event).to.deep.equal({}, 'the event itself stays');
    expect((d.sessions as unknown[]).length).to.equal(1);
  });

  describe('a problem goes to its field', () => {
    const draft = {sessions: [{}, {body: [{en: 'x'}], people: [{name: 'A'}]}]};
    const fields = allFields(draft);
    const cases: Array<[string, string | undefined]> = [
      ['sessions[1].start', 'sessions[1].start'],
      ['sessions[1].title.fr', 'sessions[1].title.fr'],
      ['sessions[1].title', 'sessions[1].title.en'],
      ['sessions[1].body[0]', 'sessions[1].body[0].en'],
      ['sessions[1].people[0]', 'sessions[1].people[0].name'],
      ['sessions[1].people[0].photo', 'sessions[1].people[0].photo'],
      ['sessions[1].languages.spoken[2]', 'sessions[1].languages.spoken'],
      ['sessions[1].location', 'sessions[1].location.mode'],
      ['sessions[1].links.details', 'sessions[1].links.details'],
      ['sessions[1]', 'sessions[1].id'],
      ['event', 'event.id'],
      ['event.name', 'event.name.en'],
      ['version', undefined],
      ['$', undefined],
      ['sessions[0].guidingQuestions', undefined],
    ];
    for (const [problem, field] of cases) {
      it(`${problem} → ${field}`, () => expect(fieldForProblem(problem, fields)).to.equal(field));
    }
  });

  it('lists a session\'s fields in form order, one per language', () => {
    const f = sessionFields({guidingQuestions: [{}, {}]}, 0);
    expect(f.slice(0, 4)).to.deep.equal(['sessions[0].id', 'sessions[0].kind.en', 'sessions[0].kind.fr', 'sessions[0].kind.es']);
    expect(f).to.include('sessions[0].guidingQuestions[1].es');
    expect(f.indexOf('sessions[0].start')).to.be.below(f.indexOf('sessions[0].guidingQuestions[0].en'));
  });
});
