/**
 * Compares names of organisations and people the way a person would: without regard to
 * capitals, accents, punctuation or legal forms, so "Woonstichting Thuis B.V." and
 * "woonstichting thuis" are the same party.
 */

/** Legal forms and filler words that do not tell one party from another. */
const ignoredWords = new Set(['bv', 'nv', 'vof', 'cv', 'stichting', 'vereniging', 'ua', 'ltd']);

/** The shortest name that may match as part of a longer one, to avoid matching "de" or "van". */
const minimumPartLength = 4;

/** Lowercase words without accents, punctuation or legal forms. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\p{L})\.(?=\p{L}\.?)/gu, '$1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !ignoredWords.has(word));
}

function containsRun(words: readonly string[], part: readonly string[]): boolean {
  for (let start = 0; start + part.length <= words.length; start++) {
    if (part.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

/**
 * True when two names refer to the same party: equal words, or the words of one appear in
 * order within the other ("De Key" in "Woningcorporatie De Key"), if long enough to mean it.
 */
export function namesMatch(first: string, second: string): boolean {
  const a = nameWords(first);
  const b = nameWords(second);
  if (a.length === 0 || b.length === 0) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.join(' ').length < minimumPartLength) {
    return shorter.length === longer.length && containsRun(longer, shorter);
  }
  return containsRun(longer, shorter);
}
