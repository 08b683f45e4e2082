/**
 * Comparing what people write with what is expected: the agenda's search ("energia" finds
 * "Energía") and the validator's "did you mean" (src/feed/suggest.ts, src/feed/shape.ts).
 */

/** Folded for comparison: lower case, no accents ("Energía" → "energia"), spaces collapsed. */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ');

/**
 * Edits from `a` to `b` (a letter inserted, deleted or changed, or two neighbours swapped:
 * "Madird" is one from "Madrid"), or `max + 1` when they are further apart than `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d = Array.from({length: a.length + 1}, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return Math.min(d[a.length][b.length], max + 1);
}

/** A slug of `s` as feed ids are written ("Inclusive Digitalization!" → "inclusive-digitalization"), at most 100 characters. */
export const slug = (s: string): string =>
  s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9_-]+/g, '-').replace(/^[-_]+|-+$/g, '').slice(0, 100);

/** Folded, without spaces, "_" or "-": "Time_Zone", "time zone" and "timeZone" are one name. */
export const squash = (s: string): string => fold(s).replace(/[ _-]+/g, '');

/**
 * The one of `candidates` that `written` most likely means: the same once squashed, another word
 * for it (`words`, keyed by the squashed word, also without a final "s"), or the nearest within
 * one edit (two from six letters). Undefined when none is that near.
 */
export function closest(written: string, candidates: readonly string[], words: Readonly<Record<string, string>> = {}): string | undefined {
  const w = squash(written);
  if (!w) return undefined;
  const word = words[w] ?? words[w.replace(/s$/, '')];
  const found = candidates.find((c) => squash(c) === w) ?? (word && candidates.includes(word) ? word : undefined);
  if (found) return found;
  let best: string | undefined;
  let least = w.length < 6 ? 1 : 2;
  for (const c of candidates) {
    const d = editDistance(w, squash(c), least);
    if (d < least || (d === least && !best)) [best, least] = [c, d];
  }
  return best;
}
