// The language switcher sets <html lang>: every widget follows the page's language.
for (const input of document.querySelectorAll('input[name="lang"]')) {
  input.addEventListener('change', () => (document.documentElement.lang = input.value));
}

// The time control freezes `now` relative to each session: before, during or after it.
const feeds = await Promise.all(['feed.json', 'forum-feed.json'].map(async (url) => (await fetch(url)).json()));
const sessions = new Map(feeds.flatMap((feed) => feed.sessions.map((s) => [s.id, s])));
for (const input of document.querySelectorAll('input[name="now"]')) {
  input.addEventListener('change', () => {
    for (const section of document.querySelectorAll('[data-session]')) {
      const session = sessions.get(section.dataset.session);
      const [from, offset] = input.value.startsWith('end') ? [session.end, input.value.slice(3)] : [session.start, input.value];
      const now = input.value ? new Date(Date.parse(from) + Number(offset)).toISOString() : null;
      for (const widget of section.children) {
        if (now) widget.setAttribute('now', now);
        else widget.removeAttribute('now');
      }
    }
  });
}

// A session that starts 20 seconds from now, to watch the countdown tick, go live and end.
const start = Date.now() + 20_000;
const tryIt = document.getElementById('try');
tryIt.setAttribute('start', new Date(start).toISOString());
tryIt.setAttribute('end', new Date(start + 60_000).toISOString());
tryIt.addEventListener('uclg-status-change', (e) => console.info('uclg-status-change', e.detail));
