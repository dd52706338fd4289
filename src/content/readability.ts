/**
 * A Dutch readability signal for content editors: the Flesch–Douma reading ease (Douma 1960,
 * the Dutch adaptation of Flesch). Higher is easier; plain language (B1) usually scores 60 or
 * more, texts below 30 are hard for most readers. It only counts words, sentences and
 * syllables, so it is a signal to look again, never a verdict: the check reports a warning.
 */

/** Texts shorter than this are not scored: the formula says little about a sentence or two. */
export const minimumWordsToScore = 25;

/**
 * Texts scoring below this are flagged. Of the 1,005 scored Dutch texts of December 2026 the
 * median scores 76 and the easiest 95% score 45 or more; the nine below 30 are single long
 * sentences packed with nouns, which deserve a second look (docs/decisions/022-readability.md).
 */
export const hardTextThreshold = 30;

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Douma reading ease: 206.835 − 0.93 × words per sentence − 77 × syllables per word. */
  score: number;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
// A vowel group is one syllable; a vowel with a diaeresis (ideeën, geïnteresseerd) starts a new one.
const syllablePattern = /[äëïöü][aeiouyàáâèéêìíîòóôùúû]*|[aeiouyàáâèéêìíîòóôùúû]+/g;

/** Syllables of one Dutch word, estimated from its vowel groups (at least one). */
export function countSyllables(word: string): number {
  return Math.max(1, word.toLowerCase().match(syllablePattern)?.length ?? 0);
}

/** Scores a Dutch text; sentences end at `.`, `!`, `?` or `;` followed by a space or the end. */
export function readabilityOf(text: string): Readability {
  const words = text.match(wordPattern) ?? [];
  const sentences = Math.max(
    1,
    text.split(/[.!?;]+(?=\s|$)/).filter((part) => /[\p{L}\p{N}]/u.test(part)).length,
  );
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  const count = Math.max(1, words.length);
  const score = 206.835 - 0.93 * (count / sentences) - 77 * (syllables / count);
  return { words: words.length, sentences, syllables, score: Math.round(score) };
}
