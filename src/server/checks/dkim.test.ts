import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readDkimKey } from './dkim';

describe('readDkimKey', () => {
  const rsa = (bits: number, type: 'spki' | 'pkcs1') =>
    generateKeyPairSync('rsa', { modulusLength: bits })
      .publicKey.export({ format: 'der', type })
      .toString('base64');

  it('reads the RSA modulus length from SubjectPublicKeyInfo and bare PKCS#1 keys', () => {
    expect(readDkimKey(`v=DKIM1; k=rsa; p=${rsa(1024, 'spki')}`)).toEqual({
      keyType: 'rsa',
      keyBits: 1024,
      revoked: false,
    });
    expect(readDkimKey(`v=DKIM1; p=${rsa(2048, 'pkcs1')}`)).toEqual({
      keyType: 'rsa',
      keyBits: 2048,
      revoked: false,
    });
  });

  it('tolerates white space inside p= (split TXT strings)', () => {
    const key = rsa(1024, 'spki');
    expect(readDkimKey(`v=DKIM1; k=rsa; p=${key.slice(0, 40)} ${key.slice(40)}`).keyBits).toBe(1024);
  });

  it('knows Ed25519 keys, revoked keys and keys it cannot read', () => {
    expect(readDkimKey('v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=')).toEqual({
      keyType: 'ed25519',
      keyBits: 256,
      revoked: false,
    });
    expect(readDkimKey('v=DKIM1; k=rsa; p=')).toEqual({ keyType: 'rsa', keyBits: null, revoked: true });
    expect(readDkimKey('v=DKIM1; k=rsa; p=bm90IGEga2V5')).toEqual({
      keyType: 'rsa',
      keyBits: null,
      revoked: false,
    });
  });
});
