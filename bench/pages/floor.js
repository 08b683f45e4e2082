// The floor: Lit alone with one trivial element. Whatever we ship above this is our own cost.
import {LitElement, html, css} from 'lit';

class FloorElement extends LitElement {
  static properties = {name: {}};
  static styles = css`:host{display:block}`;
  render() {
    return html`<p>${this.name}</p>`;
  }
}
customElements.define('floor-element', FloorElement);
