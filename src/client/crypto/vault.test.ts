import { describe, expect, it } from 'vitest';
import { createExportFile } from '../../core/export-file.ts';
import { readImportFile, sealExportFile } from './sealed-export.ts';
import {
  createVault,
  seal,
  unlockVault,
  unseal,
  vaultIterations,
  VaultOpenError,
} from './vault.ts';
import { passphraseProblem } from '../../core/vault-settings.ts';

const passphrase = 'paarse fiets onder de brug';
const profile = { office: 'raadslid', body: 'gemeente' } as const;
const now = new Date('2026-12-03T10:00:00Z');

/** The same base64 text with one byte of what it encodes changed. */
function flipByte(base64: string, index = 0): string {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  bytes[index]! ^= 0x01;
  return btoa(String.fromCharCode(...bytes));
}

describe('vault', () => {
  it('derives the key with PBKDF2-SHA-256 at 600,000 iterations and a random salt', async () => {
    const first = await createVault(passphrase);
    const second = await createVault(passphrase);
    expect(first.params).toMatchObject({ kdf: 'PBKDF2-SHA-256', iterations: 600_000 });
    expect(vaultIterations).toBeGreaterThanOrEqual(600_000);
    expect(first.params.salt).not.toBe(second.params.salt);
  });

  it('seals and opens text, with a fresh salt and nonce every time', async () => {
    const { key } = await createVault(passphrase);
    const text = 'Ik zit in het bestuur van woningcorporatie De Linde';
    const one = await seal(key, text, 'register');
    const two = await seal(key, text, 'register');
    expect(one.data).not.toContain('Linde');
    expect(atob(one.data)).not.toContain('Linde');
    expect([one.iv, one.salt]).not.toEqual([two.iv, two.salt]);
    expect(await unseal(key, one, 'register')).toBe(text);
  });

  it('refuses a wrong passphrase without touching the vault', async () => {
    const { params } = await createVault(passphrase);
    expect(await unlockVault('paarse fiets onder de brug!', params)).toBeNull();
    expect(await unlockVault(passphrase, params)).not.toBeNull();
  });

  it('detects a changed ciphertext, nonce or place', async () => {
    const { key } = await createVault(passphrase);
    const sealed = await seal(key, 'geheim', 'register');
    for (const changed of [
      { ...sealed, data: flipByte(sealed.data) },
      { ...sealed, data: flipByte(sealed.data, 10) },
      { ...sealed, iv: flipByte(sealed.iv) },
      { ...sealed, salt: flipByte(sealed.salt) },
    ]) {
      await expect(unseal(key, changed, 'register')).rejects.toBeInstanceOf(VaultOpenError);
    }
    await expect(unseal(key, sealed, 'profile')).rejects.toBeInstanceOf(VaultOpenError);
  });

  it('a new passphrase opens what is sealed under it, the old one no longer does', async () => {
    const old = await createVault(passphrase);
    const next = await createVault('een heel ander wachtwoord');
    const sealed = await seal(next.key, 'geheim', 'profile');
    expect(await unseal(next.key, sealed, 'profile')).toBe('geheim');
    await expect(unseal(old.key, sealed, 'profile')).rejects.toBeInstanceOf(VaultOpenError);
    expect(await unlockVault(passphrase, next.params)).toBeNull();
  });

  it('asks for a passphrase of at least 12 characters, typed the same twice', () => {
    expect(passphraseProblem('kort', 'kort')).toBe('too-short');
    expect(passphraseProblem('twaalf tekens', 'twaalf tekenz')).toBe('not-equal');
    expect(passphraseProblem('twaalf tekens', 'twaalf tekens')).toBeNull();
  });
});

describe('sealed export file', () => {
  async function sealedFile() {
    const { key, params } = await createVault(passphrase);
    const plain = JSON.stringify(createExportFile({ profile }, now));
    return sealExportFile(plain, key, params);
  }

  it('holds no readable data and imports with the right passphrase', async () => {
    const file = await sealedFile();
    const text = JSON.stringify(file);
    expect(text).not.toContain('raadslid');
    expect(await readImportFile(text, undefined, passphrase)).toEqual({
      ok: true,
      data: { profile },
    });
  });

  it('asks for the passphrase, and tells a wrong one apart from a changed file', async () => {
    const file = await sealedFile();
    const text = JSON.stringify(file);
    expect(await readImportFile(text)).toEqual({
      ok: false,
      problem: { kind: 'needs-passphrase' },
    });
    expect(await readImportFile(text, undefined, 'niet mijn wachtwoord')).toEqual({
      ok: false,
      problem: { kind: 'wrong-passphrase' },
    });
    const tampered = {
      ...file,
      payload: { ...file.payload, data: flipByte(file.payload.data, 5) },
    };
    expect(await readImportFile(JSON.stringify(tampered), undefined, passphrase)).toEqual({
      ok: false,
      problem: { kind: 'sealed-damaged' },
    });
    const weakened = { ...file, vault: { ...file.vault, iterations: 1000 } };
    expect(await readImportFile(JSON.stringify(weakened), undefined, passphrase)).toEqual({
      ok: false,
      problem: { kind: 'sealed-damaged' },
    });
  });
});
