// ?lang=fr&theme=dark&compact: the same widgets in another language, theme or variant.
const params = new URLSearchParams(location.search);
document.documentElement.lang = params.get('lang') ?? 'en';
const theme = params.get('theme');
if (theme === 'dark') document.body.classList.add('dark');
for (const el of document.querySelectorAll('body > *')) {
  if (!el.localName.startsWith('uclg-')) continue;
  if (theme) el.setAttribute('theme', theme);
  if (params.has('compact')) el.setAttribute('compact', '');
}
