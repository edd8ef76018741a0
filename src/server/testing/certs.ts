import selfsigned from 'selfsigned';
import { isIP } from 'node:net';

/**
 * Certificates made at test time (selfsigned, Node's WebCrypto): a test CA,
 * server certificates it issues for given names and dates, and self-signed
 * ones. Tests trust the CA through the service's EXTRA_CA_CERTS (in process)
 * or NODE_EXTRA_CA_CERTS (child processes); nothing is read from disk.
 *
 * EC P-256 keys: generated in milliseconds, so each test file can make its own.
 */
export interface TestCa {
  /** PEM certificate: what to trust. */
  cert: string;
  /** PEM private key. */
  key: string;
}

export interface TestCert {
  cert: string;
  key: string;
}

export interface Validity {
  notBefore?: Date;
  notAfter?: Date;
}

const DAY_MS = 86_400_000;

export async function makeTestCa(name = 'Email Link Inspector Test CA'): Promise<TestCa> {
  const now = Date.now();
  const pems = await selfsigned.generate([{ name: 'commonName', value: name }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - DAY_MS),
    notAfterDate: new Date(now + 3650 * DAY_MS),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}

/** A server certificate for `hosts` (names, wildcards or IPs) issued by `ca`; valid from yesterday for 90 days unless told. */
export async function issueCert(
  ca: TestCa,
  hosts: readonly string[],
  validity: Validity = {},
): Promise<TestCert> {
  return leaf(hosts, validity, ca);
}

/** A self-signed server certificate for `hosts`. */
export async function selfSigned(hosts: readonly string[], validity: Validity = {}): Promise<TestCert> {
  return leaf(hosts, validity, null);
}

async function leaf(hosts: readonly string[], validity: Validity, ca: TestCa | null): Promise<TestCert> {
  const now = Date.now();
  const notBefore = validity.notBefore ?? new Date(now - DAY_MS);
  const notAfter = validity.notAfter ?? new Date(notBefore.getTime() + 90 * DAY_MS);
  const pems = await selfsigned.generate([{ name: 'commonName', value: hosts[0] ?? 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: notBefore,
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: hosts.map((h) => (isIP(h) ? { type: 7 as const, ip: h } : { type: 2 as const, value: h })),
      },
    ],
    ...(ca ? { ca: { key: ca.key, cert: ca.cert } } : {}),
  });
  return { cert: pems.cert, key: pems.private };
}
