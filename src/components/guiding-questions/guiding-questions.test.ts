import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
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

describe('<uclg-guiding-questions> from a written-out list', () => {
  const markup = `<uclg-guiding-questions session="digital" collapsed="2" lang="fr">
    <h2 slot="heading">Pour préparer le dialogue</h2>
    <ol>
      <li>Comment le numérique change-t-il les services ?</li>
      <li id="droits">Quels droits numériques ?</li>
      <li lang="en">How can cities cooperate?</li>
    </ol>
  </uclg-guiding-questions>`;

  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('is readable before the script upgrades it, and shows the same questions after', async () => {
    // Parsed in an inert template, the element is not upgraded: the list is plain HTML.
    const template = document.createElement('template');
    template.innerHTML = markup;
    const before = template.content.querySelector('uclg-guiding-questions')!;
    expect(before.shadowRoot).to.equal(null);
    const written = [...before.querySelectorAll('li')].map((li) => li.textContent);
    expect(written).to.have.length(3);

    const el = await fixture<UclgGuidingQuestions>(markup);
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('ol > li')];
    expect(items.map((li) => li.textContent!.trim())).to.deep.equal(written);
    expect(items.map((li) => li.id)).to.deep.equal(['digital-q1', 'droits', 'digital-q3']);
    expect(items[2].getAttribute('lang')).to.equal('en');
    expect(items[0].hasAttribute('lang')).to.be.false;
    // The partner's own heading is slotted, not wrapped in a second heading.
    expect(el.shadowRoot!.querySelector('[role="heading"]')).to.equal(null);
    expect($(el, 'button')!.textContent!.trim()).to.equal('Afficher les 3 questions');
    await expect(el).to.be.accessible();
  });

  it('follows edits to the written-out list', async () => {
    const el = await fixture<UclgGuidingQuestions>(markup);
    el.querySelector('ol')!.insertAdjacentHTML('beforeend', '<li>Une quatrième ?</li>');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('ol > li')).to.have.length(4);
    expect($(el, 'button')!.textContent!.trim()).to.equal('Afficher les 4 questions');
  });

  it('goes to the question named by the URL fragment, expanding the list', async () => {
    const el = await fixture<UclgGuidingQuestions>(markup);
    expect(getComputedStyle(el.shadowRoot!.querySelectorAll('li')[2]).display).to.equal('none');
    location.hash = '#digital-q3';
    await new Promise((r) => window.addEventListener('hashchange', r, {once: true}));
    await el.updateComplete;
    await el.updateComplete;
    const target = el.shadowRoot!.querySelectorAll('li')[2];
    expect(getComputedStyle(target).display).to.equal('list-item');
    expect(target.classList.contains('target')).to.be.true;
    expect(el.shadowRoot!.activeElement).to.equal(target);
  });

  it('goes to a feed question named in the URL when the page loads', async () => {
    history.replaceState(null, '', '#digital-q6');
    const el = await questions('en', {collapsed: '2'});
    await el.updateComplete;
    const target = el.shadowRoot!.getElementById('digital-q6')!;
    expect(target.classList.contains('target')).to.be.true;
    expect(getComputedStyle(target).display).to.equal('list-item');
  });

  it('is operated from the keyboard', async () => {
    const el = await questions('es', {collapsed: '2'});
    const button = $<HTMLButtonElement>(el, 'button')!;
    button.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => button.getAttribute('aria-expanded') === 'true', 'Enter did not expand');
    // Space activates a button on key up; some browsers dispatch that click a task later.
    await sendKeys({press: ' '});
    await waitUntil(() => button.getAttribute('aria-expanded') === 'false', 'Space did not collapse');
  });
});
