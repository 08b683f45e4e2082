/**
 * How the subcommands in their own files (ics-command.js, convert-commands.js) start: options
 * read the same way everywhere (`--name value` or `--name=value`, `-h`/`--help`, `-` for stdin),
 * `--help` answered with the command's usage, a wrong option with the usage and exit status 2.
 */

/** `argv` read into `{rest, help?, …defaults, [name]: value}` for the options named in `valued`. */
function parseArgs(argv, valued, defaults) {
  const opts = {rest: [], ...defaults};
  const option = new RegExp(`^--(${valued.join('|')})(?:=(.*))?$`);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = option.exec(a);
    if (m) {
      const v = m[2] ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`--${m[1]} needs a value`);
      opts[m[1]] = v;
    } else if (a === '-h' || a === '--help') opts.help = true;
    else if (a.startsWith('-') && a !== '-') throw new Error(`unknown option ${a}`);
    else opts.rest.push(a);
  }
  return opts;
}

/**
 * The command's options (`--lang` read as a language, see languageOf), and `fail(message, showUsage)` (prints, returns exit status 2); or, when
 * there is nothing more to do (help asked, an option wrong), no `opts` and the exit `status`.
 */
export function startCommand(argv, usage, valued, defaults = {}) {
  const fail = (message, showUsage = false) => {
    console.error(`uclg-widgets: ${message}${showUsage ? `\n\n${usage}` : ''}`);
    return 2;
  };
  let opts;
  try {
    opts = parseArgs(argv, valued, defaults);
  } catch (e) {
    return {status: fail(e.message, true), fail};
  }
  if (opts.help) {
    console.log(usage);
    return {status: 0, fail};
  }
  const status = readLang(opts, fail);
  if (status !== undefined) return {status, fail};
  return {opts, fail};
}

/**
 * `opts.lang`, when given, read in place as languageOf reads it; when it is none of the three
 * languages, what `fail` returns for the message (written with `show`).
 */
export function readLang(opts, fail, show = JSON.stringify) {
  if (opts.lang === undefined) return undefined;
  const lang = languageOf(opts.lang);
  if (!lang) return fail(`--lang must be en, fr or es, not ${show(opts.lang)}`);
  opts.lang = lang;
  return undefined;
}

/**
 * `--lang` read as the elements read their `lang` attribute: the language of a tag, whatever its
 * case or region ("fr", "FR", "fr-CA", "es-419", "en_GB"), when it is one of the three; else
 * undefined. A content editor writes the page's tag, not always the bare code.
 */
export const languageOf = (tag) => {
  const code = /^([a-z]{2})(?:[-_][a-z0-9-_]*)?$/i.exec(String(tag))?.[1].toLowerCase();
  return ['en', 'fr', 'es'].includes(code) ? code : undefined;
};
