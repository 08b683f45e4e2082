/*
 * Used by load-injected.html: adds the library only after DOMContentLoaded, as a tag manager or
 * a consent banner does. `?bundle=classic` injects the classic script instead of the ES module.
 * An external file, not an inline script, so that a page with a strict CSP can use it too.
 */
document.addEventListener('DOMContentLoaded', () => {
  setTimeout(() => {
    const classic = new URLSearchParams(location.search).get('bundle') === 'classic';
    const script = document.createElement('script');
    if (classic) script.src = '../../dist/cdn/uclg-widgets.iife.js';
    else {
      script.type = 'module';
      script.src = '../../dist/cdn/uclg-widgets.js';
    }
    // What the test checks: the widgets were not defined yet and the document was parsed.
    document.documentElement.dataset.injectedAt = `${document.readyState}${customElements.get('uclg-session-card') ? ' (already defined!)' : ''}`;
    document.head.append(script);
  }, 0);
});
