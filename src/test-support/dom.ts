import {render, type LitElement, type TemplateResult} from 'lit';

/** Waits until the element and every Lit element inside its shadow root have rendered. */
export async function settled(el: LitElement): Promise<void> {
  await el.updateComplete;
  for (const inner of el.shadowRoot!.querySelectorAll('*')) {
    if ('updateComplete' in inner) await settled(inner as LitElement);
  }
}

/** The visible text of an element's shadow tree (nested widgets included), spaces folded. */
export function textOf(el: Element): string {
  const walk = (root: ShadowRoot | Element): string =>
    [...root.childNodes]
      .map((n) => {
        if (n.nodeType === Node.TEXT_NODE) return n.textContent;
        if (!(n instanceof Element) || n.localName === 'style') return '';
        const own = n.shadowRoot ? walk(n.shadowRoot) : '';
        return ` ${own || walk(n)} `;
      })
      .join('');
  return walk(el.shadowRoot ?? el).replace(/\s+/g, ' ').trim();
}

/** Querying inside a shadow root, typed. */
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

const mounted: HTMLElement[] = [];

/**
 * Renders a template of several elements into a fresh container. Unlike open-wc's `fixture` for
 * a plain wrapper, it does not wait for an animation frame, which a background test page
 * never gets. Call `unmountAll()` in afterEach.
 */
export function mount(template: TemplateResult): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  render(template, container);
  mounted.push(container);
  return container;
}

export function unmountAll(): void {
  for (const c of mounted.splice(0)) c.remove();
}
