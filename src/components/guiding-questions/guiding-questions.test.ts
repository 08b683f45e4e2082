import {expect, fixture, html} from '@open-wc/testing';
import '../../define.js';
import type {UclgGuidingQuestions} from './guiding-questions.js';
import {testFeed} from '../../test-support/fixtures.js';
import {$, settled, textOf} from '../../test-support/dom.js';

async function questions(lang: string, extra: {collapsed?: string; level?: number} = {}) {
  const el = await fixture<UclgGuidingQuestions>(html`<uclg-guiding-questions
    lang=${lang} session="digital" collapsed=${extra.collapsed ?? (null as unknown as string)}
    heading-level=${extra.level ?? 3} .feed=${testFeed()}></uclg-guiding-questions>`);
  await settled(el);
  return el;
}

describe('<uclg-guiding-questions>', () => {
  it('is a numbered list under a heading at the given level, in each language', async () => {
    for (const [lang, heading, first] of [['en', 'Guiding questions', 'Question 1?'], ['fr', 'Questions directrices', 'Question 1 ?'], ['es', 'Preguntas orientadoras', '¿Pregunta 1?']]) {
      const el = await questions(lang, {level: 4});
      const h = $(el, '[role="heading"]')!;
      expect(h.getAttribute('aria-level')).to.equal('4');
      expect(h.textContent!.trim()).to.equal(heading);
      const items = el.shadowRoot!.querySelectorAll('ol > li');
      expect(items).to.have.length(6);
      expect(items[0].textContent).to.equal(first);
      expect(items[0].id).to.equal('digital-q1');
      await expect(el).to.be.accessible();
    }
  });

  it('collapsed shows the first N and a real button that shows them all', async () => {
    const el = await questions('fr', {collapsed: '2'});
    const visible = () => [...el.shadowRoot!.querySelectorAll('li')].filter((li) => getComputedStyle(li).display !== 'none').length;
    expect(visible()).to.equal(2);
    const button = $<HTMLButtonElement>(el, 'button')!;
    expect(button.textContent!.trim()).to.equal('Afficher les 6 questions');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(visible()).to.equal(6);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(el)).to.contain('Afficher moins de questions');
    await expect(el).to.be.accessible();
  });

  it('collapsed without a number shows three', async () => {
    const el = await questions('en', {collapsed: ''});
    expect($(el, 'button')!.textContent!.trim()).to.equal('Show all 6 questions');
    expect(el.collapsed).to.equal(3);
  });
});
