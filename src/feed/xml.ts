/**
 * Just enough XML to read a frab `schedule.xml` (elements, attributes, text, CDATA, the five
 * named entities and numeric ones; comments, processing instructions and the doctype skipped).
 * Browsers have DOMParser but Node does not, and the package takes no runtime dependency, so the
 * CLI and the editor page share this instead. Not a validating parser: it reads well-formed
 * documents and says where one is not.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's own text (CDATA included), its children's left out. */
  readonly text: string;
}

const NAMED: Record<string, string> = {lt: '<', gt: '>', amp: '&', quot: '"', apos: "'"};

/** `&lt;` → `<`, `&#233;` / `&#xE9;` → `é`; an unknown entity stays as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] !== '#') return NAMED[e] ?? whole;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The document's root element; throws an Error saying where the text stops being XML. */
export function parseXml(source: string): XmlElement {
  const s = source.replace(/^\uFEFF/, '');
  let i = 0;
  const fail = (what: string): never => {
    const line = s.slice(0, i).split('\n').length;
    throw new Error(`not well-formed XML at line ${line}: ${what}`);
  };
  const skip = (close: string) => {
    const end = s.indexOf(close, i);
    if (end < 0) fail(`"${close}" never comes`);
    i = end + close.length;
  };
  /** Skips what is not an element or text: whitespace between, comments, PIs, the doctype. */
  const misc = () => {
    for (;;) {
      while (/\s/.test(s[i] ?? '')) i++;
      if (s.startsWith('<?', i)) skip('?>');
      else if (s.startsWith('<!--', i)) skip('-->');
      else if (s.startsWith('<!DOCTYPE', i)) skip('>');
      else return;
    }
  };
  const NAME = /[A-Za-z_:][\w:.-]*/y;
  const name = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(s);
    if (!m) return fail('a name was expected');
    i += m[0].length;
    return m[0];
  };
  const element = (): XmlElement => {
    if (s[i] !== '<') fail('an element was expected');
    i++;
    const tag = name();
    const attributes: Record<string, string> = {};
    for (;;) {
      while (/\s/.test(s[i] ?? '')) i++;
      if (s.startsWith('/>', i)) {
        i += 2;
        return {name: tag, attributes, children: [], text: ''};
      }
      if (s[i] === '>') {
        i++;
        break;
      }
      const key = name();
      while (/\s/.test(s[i] ?? '')) i++;
      if (s[i] !== '=') fail(`"=" expected after ${key}`);
      i++;
      while (/\s/.test(s[i] ?? '')) i++;
      const q = s[i];
      if (q !== '"' && q !== "'") fail(`a quoted value expected for ${key}`);
      const end = s.indexOf(q, i + 1);
      if (end < 0) fail(`the value of ${key} is never closed`);
      attributes[key] = decodeEntities(s.slice(i + 1, end));
      i = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (i >= s.length) fail(`<${tag}> is never closed`);
      if (s.startsWith('</', i)) {
        i += 2;
        const closing = name();
        if (closing !== tag) fail(`</${closing}> closes <${tag}>`);
        while (/\s/.test(s[i] ?? '')) i++;
        if (s[i] !== '>') fail(`">" expected after </${closing}`);
        i++;
        return {name: tag, attributes, children, text};
      }
      if (s.startsWith('<![CDATA[', i)) {
        const end = s.indexOf(']]>', i);
        if (end < 0) fail('a CDATA section is never closed');
        text += s.slice(i + 9, end);
        i = end + 3;
      } else if (s.startsWith('<!--', i)) skip('-->');
      else if (s.startsWith('<?', i)) skip('?>');
      else if (s[i] === '<') children.push(element());
      else {
        const end = s.indexOf('<', i);
        text += decodeEntities(s.slice(i, end < 0 ? s.length : end));
        i = end < 0 ? s.length : end;
      }
    }
  };
  misc();
  const root = element();
  misc();
  if (i < s.length) fail('text after the root element');
  return root;
}
