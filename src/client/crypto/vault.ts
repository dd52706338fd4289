/**
 * The vault: encryption of everything Weerbaar keeps on the device, and of export files, under
 * a passphrase only the user knows. WebCrypto only (browser and Node alike), no own crypto.
 *
 * - The passphrase becomes key material with PBKDF2-SHA-256 at 600,000 iterations (OWASP's
 *   2023 figure for PBKDF2-SHA-256) and a random 16-byte salt per vault.
 * - Every write derives its own AES-256-GCM key from that material with HKDF-SHA-256 and a fresh
 *   random salt, and uses a fresh random 12-byte nonce: no key–nonce pair is ever reused, and
 *   the slow derivation runs once per unlock instead of once per write.
 * - The name of what is sealed (a section, the check value, an export) is bound as additional
 *   data: a sealed section moved to another place no longer opens.
 * - A sealed check value tells a wrong passphrase apart from damaged data.
 */
import { z } from 'zod/mini';

/** PBKDF2 iterations for a new vault; stored files may not ask for fewer. */
export const vaultIterations = 600_000;
/** Higher counts are refused: a crafted file must not keep the browser busy for minutes. */
const maxIterations = 10_000_000;
const checkText = 'weerbaar-vault-check';

const base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/), z.maxLength(8_000_000));

/** One sealed value: format version, HKDF salt, AES-GCM nonce and ciphertext, all base64. */
export const sealedSchema = z.strictObject({
  v: z.literal(1),
  salt: base64,
  iv: base64,
  data: base64,
});
export type Sealed = z.infer<typeof sealedSchema>;

/** How a passphrase becomes key material, and the value that proves a passphrase right. */
export const vaultParamsSchema = z.strictObject({
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.int().check(z.gte(vaultIterations), z.lte(maxIterations)),
  salt: base64,
  check: sealedSchema,
});
export type VaultParams = z.infer<typeof vaultParamsSchema>;

/** The key material of an unlocked vault; it cannot be read out of the browser. */
export type VaultKey = CryptoKey;

/** Thrown when a sealed value does not open: wrong key, or changed data. */
export class VaultOpenError extends Error {
  constructor() {
    super('The sealed value could not be opened: wrong passphrase or changed data');
    this.name = 'VaultOpenError';
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Turns a passphrase into the vault's key material (the slow step). */
export async function deriveVaultKey(
  passphrase: string,
  params: Pick<VaultParams, 'iterations' | 'salt'>,
): Promise<VaultKey> {
  const passphraseKey = await crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    {
      name: 'PBKDF2',
      hash: 'SHA-256',
      salt: fromBase64(params.salt),
      iterations: params.iterations,
    },
    passphraseKey,
    256,
  );
  return crypto.subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey']);
}

function writeKey(key: VaultKey, salt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: encoder.encode('weerbaar-vault-v1') },
    key,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts text under the vault key, bound to `context` (e.g. the section's name). */
export async function seal(key: VaultKey, plaintext: string, context: string): Promise<Sealed> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
    await writeKey(key, salt),
    encoder.encode(plaintext),
  );
  return {
    v: 1,
    salt: toBase64(salt),
    iv: toBase64(iv),
    data: toBase64(new Uint8Array(ciphertext)),
  };
}

/** Decrypts a sealed value; throws `VaultOpenError` for a wrong key or any change. */
export async function unseal(key: VaultKey, sealed: Sealed, context: string): Promise<string> {
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: encoder.encode(context) },
      await writeKey(key, fromBase64(sealed.salt)),
      fromBase64(sealed.data),
    );
    return decoder.decode(plaintext);
  } catch {
    throw new VaultOpenError();
  }
}

/** A new vault for a passphrase: fresh salt, derived key, and the sealed check value. */
export async function createVault(
  passphrase: string,
): Promise<{ params: VaultParams; key: VaultKey }> {
  const salt = toBase64(randomBytes(16));
  const key = await deriveVaultKey(passphrase, { iterations: vaultIterations, salt });
  const check = await seal(key, checkText, 'check');
  return { params: { kdf: 'PBKDF2-SHA-256', iterations: vaultIterations, salt, check }, key };
}

/** The key for a passphrase, or null when the passphrase is not this vault's. */
export async function unlockVault(
  passphrase: string,
  params: VaultParams,
): Promise<VaultKey | null> {
  const key = await deriveVaultKey(passphrase, params);
  try {
    return (await unseal(key, params.check, 'check')) === checkText ? key : null;
  } catch {
    return null;
  }
}
