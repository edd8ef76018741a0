import { createPublicKey } from 'node:crypto';
import type { DkimFacts } from '../../core/facts';
import { COMMON_DKIM_SELECTORS } from '../../core/data/common-dkim-selectors';
import type { DnsResolver } from '../net/resolver';
import { parseTags } from './dmarc';

/**
 * DKIM keys (RFC 6376 §3.6.1) at `<selector>._domainkey.<domain>`: found or
 * not, key type, and the RSA modulus length read from the key itself with
 * node:crypto (no parsing library needed).
 */
export interface DkimKeyInfo {
  keyType: string;
  keyBits: number | null;
  revoked: boolean;
}

export function readDkimKey(record: string): DkimKeyInfo {
  const tags = parseTags(record);
  const keyType = (tags.get('k') ?? 'rsa').toLowerCase();
  const p = (tags.get('p') ?? '').replace(/\s+/g, '');
  if (p === '') return { keyType, keyBits: null, revoked: true };
  if (keyType !== 'rsa') return { keyType, keyBits: keyType === 'ed25519' ? 256 : null, revoked: false };
  try {
    const key = createPublicKey({ key: Buffer.from(p, 'base64'), format: 'der', type: 'spki' });
    return { keyType, keyBits: key.asymmetricKeyDetails?.modulusLength ?? null, revoked: false };
  } catch {
    try {
      // Some publish the bare PKCS#1 RSAPublicKey instead of SubjectPublicKeyInfo.
      const key = createPublicKey({ key: Buffer.from(p, 'base64'), format: 'der', type: 'pkcs1' });
      return { keyType, keyBits: key.asymmetricKeyDetails?.modulusLength ?? null, revoked: false };
    } catch {
      return { keyType, keyBits: null, revoked: false };
    }
  }
}

async function checkDkimSelector(
  resolver: DnsResolver,
  domain: string,
  selector: string,
  source: 'given' | 'common',
): Promise<DkimFacts> {
  const base = { selector, domain, source };
  const answer = await resolver.txt(`${selector}._domainkey.${domain}`);
  if (!answer.ok) {
    return { ...base, found: false, record: null, keyType: null, keyBits: null, error: answer.error };
  }
  const record =
    answer.records.find((r) => /(?:^|;)\s*p\s*=/i.test(r) || /^v\s*=\s*DKIM1/i.test(r.trim())) ?? null;
  if (record === null)
    return { ...base, found: false, record: null, keyType: null, keyBits: null, error: null };
  const key = readDkimKey(record);
  return {
    ...base,
    found: true,
    record,
    keyType: key.keyType,
    keyBits: key.keyBits,
    revoked: key.revoked,
    error: null,
  };
}

/**
 * The selectors given, each reported; without any, the common selectors are
 * probed and only those found are kept (all of them, not found, when none is).
 */
export async function checkDkim(
  resolver: DnsResolver,
  domain: string,
  selectors: readonly string[],
): Promise<DkimFacts[]> {
  if (selectors.length > 0)
    return Promise.all(selectors.map((s) => checkDkimSelector(resolver, domain, s, 'given')));
  const probed = await Promise.all(
    COMMON_DKIM_SELECTORS.map((s) => checkDkimSelector(resolver, domain, s, 'common')),
  );
  const found = probed.filter((d) => d.found);
  return found.length > 0 ? found : probed;
}
