import {expect} from '@open-wc/testing';
import {cellAt, columnLetter, csvColumns, csvToFeed, feedToCsv, parseCsv, writeCsv} from './csv.js';
import {parseFeed} from './parse.js';
import {forumFeed, forumSession, testFeed} from '../test-support/fixtures.js';

type Json = Record<string, any>;

describe('feed/csv: CSV text', () => {
  it('writes a BOM, "," and CRLF, quoting what needs it and doubling quotes', () => {
    const text = writeCsv([['a', 'b, c', 'say "hi"'], ['two\nlines', ' padded', 'semi;colon']]);
    expect(text).to.equal('\uFEFFa,"b, c","say ""hi"""\r\n"two\nlines"," padded","semi;colon"\r\n');
  });

  it('reads what it writes, cell for cell', () => {
    const rows = [['é', '"', ',', ';', '\n', ' x ', ''], ['€', '中', '😀', '\t', 'a\n\nb', '""', 'end']];
    expect(parseCsv(writeCsv(rows)).rows).to.deep.equal(rows);
  });

  it('reads LibreOffice/Excel in French or Spanish: ";" separators, CRLF, quoted line breaks, doubled quotes', () => {
    const text = 'id;title.fr\r\nabc;"Numérisation ; inclusive"\r\ndef;"deux\r\nlignes et ""guillemets"""\r\n';
    const {rows, separator} = parseCsv(text);
    expect(separator).to.equal(';');
    expect(rows).to.deep.equal([['id', 'title.fr'], ['abc', 'Numérisation ; inclusive'], ['def', 'deux\nlignes et "guillemets"']]);
  });

  it('takes the separator the header uses most, tabs included; a UTF-8 BOM and old Mac CRs are fine', () => {
    expect(parseCsv('\uFEFFa\tb;c\tc\n1\t2\t3').separator).to.equal('\t');
    expect(parseCsv('a,b\r1,2\r').rows).to.deep.equal([['a', 'b'], ['1', '2']]);
    expect(parseCsv('"a;b",c,d\n').separator).to.equal(',');
  });

  it('follows a first line "sep=;" (Excel\'s way of naming the separator), which is not a row', () => {
    expect(parseCsv('sep=;\r\na,b;c\r\n1;2\r\n')).to.deep.equal({rows: [['a,b', 'c'], ['1', '2']], separator: ';', unterminated: false});
  });

  it('says when the file ends inside a quoted field', () => {
    expect(parseCsv('a,b\n1,"never closed\n').unterminated).to.be.true;
  });

  it('names columns as a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).to.deep.equal(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('feed/csv: feed → CSV → feed', () => {
  const roundTrip = (json: Json) => {
    const {csv, skipped} = feedToCsv(json);
    expect(skipped).to.deep.equal([]);
    const back = csvToFeed(csv);
    expect(back.problems).to.deep.equal([]);
    return back.feed;
  };

  it('gives the same feed back for the seed feed and the fictional forum (every field)', async () => {
    for (const url of ['/examples/feed.json', '/examples/forum-feed.json']) {
      const {$schema, ...json} = await (await fetch(url)).json();
      void $schema;
      expect(roundTrip(json), url).to.deep.equal(json);
    }
  });

  it('keeps what parseFeed reads the same for the test feed (missing translations, a bad link kept as written)', () => {
    const json = testFeed();
    expect(parseFeed(roundTrip(json))).to.deep.equal(parseFeed(json));
  });

  it('keeps line breaks, quotes, separators and spaces inside texts', () => {
    const json = forumFeed(forumSession({id: 'tricky', title: {en: ' "Quoted", and; more\nlines ', fr: 'a,b', es: '¿sí?'}, body: [{fr: 'un\n\ndeux'}, {es: 'solo'}]}));
    expect(roundTrip(json)).to.deep.equal(json);
  });

  it('puts the event in the first row only, and one row per session, lists in numbered columns', () => {
    const {csv} = feedToCsv(testFeed());
    const {rows} = parseCsv(csv);
    const h = rows[0];
    expect(h.slice(0, 3)).to.deep.equal(['event.id', 'event.name.en', 'event.name.fr']);
    expect(h).to.include.members(['title.en', 'title.fr', 'title.es', 'body.3.es', 'guidingQuestions.6.fr', 'people.1.affiliation.es', 'registration.full']);
    expect(rows).to.have.length(4);
    expect(rows[1][h.indexOf('event.id')]).to.equal('eb-2021');
    expect(rows[2][h.indexOf('event.id')]).to.equal('');
    expect(rows[1][h.indexOf('guidingQuestions.2.es')]).to.equal('¿Pregunta 2?');
  });

  it('writes a feed without sessions as its event alone, and reads it back', () => {
    const json = {version: 1, event: {id: 'e', name: {fr: 'Événement'}, defaultLanguage: 'fr'}, sessions: []};
    expect(roundTrip(json)).to.deep.equal(json);
  });

  it('reports the paths of values a cell cannot hold (a feed that validates has none)', () => {
    const json = testFeed() as Json;
    json.sessions[0].title.fr = 5;
    json.sessions[1].languages = {spoken: ['en', 3]};
    expect(feedToCsv(json).skipped).to.deep.equal(['sessions[0].title.fr', 'sessions[1].languages.spoken']);
  });

  it('has one column per language of every text, and at least one numbered set of each list for a template', () => {
    const columns = csvColumns();
    expect(columns).to.include.members(['body.1.en', 'guidingQuestions.1.es', 'people.1.name', 'people.1.role', 'people.1.photo', 'location.venue.fr']);
    expect(new Set(columns).size).to.equal(columns.length);
  });
});

describe('feed/csv: what a spreadsheet gets wrong', () => {
  const sheet = (...lines: string[]) => lines.join('\r\n');

  it('reports an unknown column once at its header, and each value in it at its cell', () => {
    const {problems, feed} = csvToFeed(sheet('event.id,event.name.en,event.defaultLanguage,id,kind.en,title.en,titel.de,start,end,timeZone', 'e,E,en,s,K,T,Hallo,2021-05-19T12:00,2021-05-19T13:00,Europe/Madrid'));
    expect(problems.map((p) => [p.row, p.column])).to.deep.equal([[1, 'G (titel.de)'], [2, 'G (titel.de)']]);
    expect(parseFeed(feed).problems).to.deep.equal([]);
  });

  it('names the column meant by a header written another way: a typo, another case, another word, a language after "_" or in brackets', () => {
    const headers = ['titel.fr', 'Title (EN)', 'title_es', 'speakers.1.name', 'people.1.Affiliation.sp', 'Location.City.FR', 'event.Name.fr', 'timezone', 'links.detail', 'titel.de', 'notes'];
    const {problems} = csvToFeed(sheet(`event.id,event.name.en,event.defaultLanguage,id,kind.en,start,end,${headers.join(',')}`));
    const meant = problems.filter((p) => p.row === 1).map((p) => /did you mean "([^"]+)"\?$/.exec(p.message)?.[1] ?? '');
    expect(meant).to.deep.equal(['title.fr', 'title.en', 'title.es', 'people.1.name', 'people.1.affiliation.es', 'location.city.fr', 'event.name.fr', 'timeZone', 'links.details', '', '']);
    // Every column named is one the import reads.
    for (const m of meant.filter(Boolean)) expect(csvToFeed(sheet(`id,${m}`)).problems.filter((p) => p.row === 1), m).to.deep.equal([]);
  });

  it('reports an event value that differs from the first row, and keeps the first', () => {
    const {problems, feed} = csvToFeed(sheet('event.id,event.name.en,id,kind.en,title.en', 'e,Event,a,K,T', 'e,Other,b,K,T', ',,c,K,T'));
    expect(problems).to.deep.equal([{row: 3, column: 'B (event.name.en)', message: '"Other" differs from row 2\'s "Event"; the event is written once, so this is left out'}]);
    expect((feed as Json).event.name).to.deep.equal({en: 'Event'});
    expect((feed as Json).sessions.map((s: Json) => s.id)).to.deep.equal(['a', 'b', 'c']);
  });

  it('reads full as true or false in any case, and reports anything else at its cell', () => {
    const {problems, feed} = csvToFeed(sheet('id,registration.full', 'a,TRUE', 'b,oui'));
    expect((feed as Json).sessions.map((s: Json) => s.registration)).to.deep.equal([{full: true}, undefined]);
    expect(problems.map((p) => `${p.row} ${p.column}`)).to.deep.equal(['3 B (registration.full)']);
  });

  it('reads language tags separated by commas, semicolons or spaces', () => {
    const {feed} = csvToFeed(sheet('id,languages.spoken,languages.interpretation', 'a,"en, fr",es ar; pt-BR'));
    expect((feed as Json).sessions[0].languages).to.deep.equal({spoken: ['en', 'fr'], interpretation: ['es', 'ar', 'pt-BR']});
  });

  it('skips blank rows, reports a value past the last header and a repeated column', () => {
    const {problems, feed} = csvToFeed(sheet('id,title.en,title.en', 'a,T,U', ',,', 'b,T,,extra', ''));
    expect((feed as Json).sessions.map((s: Json) => s.title)).to.deep.equal([{en: 'T'}, {en: 'T'}]);
    expect(problems.map((p) => `${p.row} ${p.column}`)).to.deep.equal(['1 C (title.en)', '2 C (title.en)', '4 D (no header)']);
  });

  it('closes up numbered columns left empty', () => {
    const {feed} = csvToFeed(sheet('id,body.1.en,body.2.en,body.3.en,people.1.name,people.2.name', 'a,,Two,Three,,Ana'));
    expect((feed as Json).sessions[0].body).to.deep.equal([{en: 'Two'}, {en: 'Three'}]);
    expect((feed as Json).sessions[0].people).to.deep.equal([{name: 'Ana'}]);
  });

  it('tells the cell of each of parseFeed\'s problems, or the row of a whole session', () => {
    const {feed, cells} = csvToFeed(sheet('event.id,event.name.en,event.defaultLanguage,id,kind.en,title.en,start,end,timeZone', 'e,E,en,a,K,T,2021-05-19T12:00,2021-05-19T13:00,Europe/Madrid', ',,,b,K,T,2021-03-28T02:30,2021-03-28T03:30,Europe/Madrid'));
    const problems = parseFeed(feed).problems;
    expect(problems.map((p) => p.path)).to.deep.equal(['sessions[1].start']);
    expect(cellAt(cells, 'sessions[1].start')).to.deep.equal({row: 3, column: 'G (start)'});
    expect(cellAt(cells, 'sessions[1].title.fr')).to.deep.equal({row: 3, column: 'D (id)'});
    expect(cellAt(cells, 'event.defaultLanguage')).to.deep.equal({row: 2, column: 'C (event.defaultLanguage)'});
    expect(cellAt(cells, 'event.theme.fr')).to.equal(undefined);
  });

  it('reports a file that ends inside a quoted field', () => {
    const {problems} = csvToFeed('id,title.en\r\na,"never closed\r\n');
    expect(problems.map((p) => p.message)).to.deep.equal(['a quoted field is never closed: the file ends inside it']);
  });
});
