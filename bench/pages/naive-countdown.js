// What a developer writes in five minutes: Lit, one setInterval per element, re-render every second.
import {LitElement, html, css} from 'lit';

class NaiveCountdown extends LitElement {
  static properties = {start: {}, now: {state: true}};
  static styles = css`:host{display:block} span{font-variant-numeric:tabular-nums}`;
  connectedCallback() {
    super.connectedCallback();
    this.now = Date.now();
    this.timer = setInterval(() => (this.now = Date.now()), 1000);
  }
  disconnectedCallback() {
    clearInterval(this.timer);
    super.disconnectedCallback();
  }
  render() {
    const left = Math.max(0, Math.ceil((Date.parse(this.start) - this.now) / 1000));
    const h = Math.floor(left / 3600);
    const m = Math.floor((left % 3600) / 60);
    const s = left % 60;
    return html`Starts in <span>${h}</span> h <span>${m}</span> min <span>${s}</span> s`;
  }
}
customElements.define('naive-countdown', NaiveCountdown);
