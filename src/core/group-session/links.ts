/**
 * The addresses of a group session as people type, scan and share them: the join code a
 * participant types (forgiving about case, spaces and dashes), and the secret part of the
 * facilitator's link. That secret travels in the address's fragment (after #), which a
 * browser never sends to a server, so it cannot end up in logs or a Referer header.
 */
import { joinCodeAlphabet, joinCodeLength } from './contract.ts';

export type JoinCodeInput =
  | { status: 'valid'; code: string }
  /** `empty`: nothing typed; `length`: too few or too many characters; `characters`: a letter or digit that no code has. */
  | { status: 'empty' | 'length' | 'characters'; code: string };

/**
 * Reads a typed join code: upper case, without spaces, dashes or dots (people copy "ABC-234"
 * or "abc 234"). Says what is wrong when it cannot be a code.
 */
export function readJoinCode(typed: string): JoinCodeInput {
  const code = typed.toUpperCase().replace(/[\s\-.–]/g, '');
  if (code === '') return { status: 'empty', code };
  if ([...code].some((character) => !joinCodeAlphabet.includes(character))) {
    return { status: 'characters', code };
  }
  if (code.length !== joinCodeLength) return { status: 'length', code };
  return { status: 'valid', code };
}

/** A join code for reading aloud and on screen: two groups of three ("ABC 234"). */
export function formatJoinCode(code: string): string {
  return code.length === joinCodeLength ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

export interface FacilitatorKey {
  sessionId: string;
  token: string;
}

/** The fragment (without #) of the facilitator's link: session id and token. */
export function facilitatorFragment({ sessionId, token }: FacilitatorKey): string {
  return new URLSearchParams({ sessie: sessionId, sleutel: token }).toString();
}

/** Reads the facilitator's key from a link's fragment (with or without #); undefined when it is not one. */
export function readFacilitatorFragment(fragment: string): FacilitatorKey | undefined {
  const parameters = new URLSearchParams(fragment.replace(/^#/, ''));
  const sessionId = parameters.get('sessie');
  const token = parameters.get('sleutel');
  const plausible = (value: string | null): value is string =>
    value !== null && /^[A-Za-z0-9_-]{1,200}$/.test(value);
  return plausible(sessionId) && plausible(token) ? { sessionId, token } : undefined;
}
