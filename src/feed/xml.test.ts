import {expect} from '@open-wc/testing';
import {decodeEntities, parseXml} from './xml.js';

describe('feed/xml', () => {
  it('reads elements, attributes in either quotes, text, CDATA and self-closing elements', () => {
    const root = parseXml(`<?xml version="1.0"?>\n<!DOCTYPE schedule>\n<!-- c -->\n<a x="1" y='&quot;2&quot;'><b>t&lt;1&gt;</b><c/><d><![CDATA[<p>raw & kept</p>]]></d>tail</a>\n`);
    expect(root.name).to.equal('a');
    expect(root.attributes).to.deep.equal({x: '1', y: '"2"'});
    expect(root.children.map((c) => [c.name, c.text])).to.deep.equal([['b', 't<1>'], ['c', ''], ['d', '<p>raw & kept</p>']]);
    expect(root.text).to.equal('tail');
  });

  it('decodes the five named entities and numeric ones, and leaves unknown ones as written', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&apos; &#233;&#xE9;&#x1F600; &nbsp; &#0;')).to.equal('&<>"\' éé😀 &nbsp; &#0;');
  });

  it('skips a BOM, comments and processing instructions inside elements', () => {
    expect(parseXml('\uFEFF<a><!-- x --><?pi y?><b/></a>').children.map((c) => c.name)).to.deep.equal(['b']);
  });

  for (const [bad, why] of [
    ['<a><b></a>', '</a> closes <b>'],
    ['<a>', '<a> is never closed'],
    ['<a x=1/>', 'a quoted value expected for x'],
    ['<a/><b/>', 'text after the root element'],
    ['<a>\n<!-- never', '"-->" never comes'],
    ['just text', 'an element was expected'],
  ]) {
    it(`says where ${JSON.stringify(bad)} is not XML: ${why}`, () => {
      expect(() => parseXml(bad)).to.throw(why);
    });
  }
});
