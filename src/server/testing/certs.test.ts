import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { issueCert, makeTestCa, selfSigned } from './certs';

describe('test certificates', () => {
  it('issues server certificates from a test CA, for names and IPs, with the dates asked for', async () => {
    const ca = await makeTestCa();
    const caCert = new X509Certificate(ca.cert);
    expect(caCert.ca).toBe(true);
    const notBefore = new Date('2025-01-01T00:00:00Z');
    const notAfter = new Date('2025-02-01T00:00:00Z');
    const leaf = new X509Certificate(
      (await issueCert(ca, ['a.test', '*.b.test', '127.0.0.1'], { notBefore, notAfter })).cert,
    );
    expect(leaf.ca).toBe(false);
    expect(leaf.checkIssued(caCert)).toBe(true);
    expect(leaf.verify(caCert.publicKey)).toBe(true);
    expect(leaf.subjectAltName).toBe('DNS:a.test, DNS:*.b.test, IP Address:127.0.0.1');
    expect(new Date(leaf.validFrom).toISOString()).toBe(notBefore.toISOString());
    expect(new Date(leaf.validTo).toISOString()).toBe(notAfter.toISOString());
  });

  it('makes self-signed certificates', async () => {
    const cert = new X509Certificate((await selfSigned(['self.test'])).cert);
    expect(cert.issuer).toBe(cert.subject);
    expect(cert.checkHost('self.test')).toBe('self.test');
  });
});
