/**
 * Secrets and ids of group sessions. Tokens come from the CSPRNG (32 bytes, base64url) and
 * are stored only as SHA-256 hashes: a copy of the database lets nobody act as a facilitator
 * or participant. A plain hash suffices because the tokens have 256 bits of entropy.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { joinCodeAlphabet, joinCodeLength } from '../../core/group-session/contract.ts';

/** A new bearer token: 32 random bytes as 43 base64url characters. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A new random id for a session or participant (not a secret, but not guessable either). */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

/** The stored form of a token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A join code of six characters from the code alphabet, uniformly random. */
export function newJoinCode(): string {
  let code = '';
  for (let index = 0; index < joinCodeLength; index++) {
    code += joinCodeAlphabet[randomInt(joinCodeAlphabet.length)];
  }
  return code;
}

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** The token of an `Authorization: Bearer …` header, or null when absent or malformed. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer (\S+)$/i.exec(header ?? '');
  const token = match?.[1];
  return token && tokenPattern.test(token) ? token : null;
}
