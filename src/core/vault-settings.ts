/**
 * The vault's settings as the user chooses them: kept apart from the cryptography so that the
 * settings form does not load it.
 */

/** Minutes without input after which an open vault locks itself. */
export const idleChoices = [5, 15, 30, 60] as const;
export type IdleMinutes = (typeof idleChoices)[number];

/** Minimum passphrase length: long enough that guessing it stays out of reach. */
export const minPassphraseLength = 12;

/** Why a new passphrase is refused, if it is. */
export function passphraseProblem(
  passphrase: string,
  repeated: string,
): 'too-short' | 'not-equal' | null {
  if ([...passphrase].length < minPassphraseLength) return 'too-short';
  if (passphrase !== repeated) return 'not-equal';
  return null;
}
