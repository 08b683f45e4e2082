// A partner's own component that renders our card inside its shadow root.
customElements.define(
  'partner-panel',
  class extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({mode: 'open'});
      const heading = document.createElement('h2');
      heading.textContent = 'Partner panel';
      const card = document.createElement('uclg-session-card');
      card.setAttribute('src', '../feed.json');
      card.setAttribute('session', 'inclusive-digitalization');
      root.append(heading, card);
    }
  },
);
