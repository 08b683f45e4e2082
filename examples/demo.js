// The language switcher sets <html lang>: every widget follows the page's language.
for (const input of document.querySelectorAll('input[name="lang"]')) {
  input.addEventListener('change', () => (document.documentElement.lang = input.value));
}
