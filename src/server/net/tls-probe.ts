import { readFileSync } from 'node:fs';
import tls, { type DetailedPeerCertificate, type PeerCertificate } from 'node:tls';
import type { FactError, TlsFacts } from '../../core/facts';

/**
 * Reads the certificate an https host serves: connects to the address the
 * caller resolved (and checked) with the host name as SNI, so nothing is
 * resolved again (no DNS-rebinding window), and reports issuer, validity,
 * names covered, trust and why not. The handshake never fails on a bad
 * certificate: a bad certificate is the answer, not an error.
 *
 * Trust: the system's roots plus NODE_EXTRA_CA_CERTS (as Node does), plus
 * `extraCa` (EXTRA_CA_CERTS, and tests' CA).
 */
export interface TlsProbeOptions {
  /** The host name: SNI and the name the certificate must cover. */
  host: string;
  port: number;
  /** The IP address to connect to. */
  address: string;
  timeoutMs: number;
  extraCa?: readonly string[];
  /** For days-to-expiry; the current time when absent. */
  now?: number;
}

export type TlsProbeResult = { ok: true; tls: TlsFacts } | { ok: false; error: FactError };

const DAY_MS = 86_400_000;

export function probeTls(options: TlsProbeOptions): Promise<TlsProbeResult> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (r: TlsProbeResult): void => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(r);
    };
    const ca = trustedCa(options.extraCa ?? []);
    const socket = tls.connect({
      host: options.address,
      port: options.port,
      servername: isIp(options.host) ? undefined : options.host,
      rejectUnauthorized: false,
      ...(ca ? { ca } : {}),
    });
    socket.setTimeout(options.timeoutMs, () =>
      done({
        ok: false,
        error: {
          code: 'timeout',
          message: `No TLS handshake with ${options.host}:${options.port} within ${options.timeoutMs} ms`,
        },
      }),
    );
    socket.once('secureConnect', () => {
      const cert = socket.getPeerCertificate(true);
      if (!cert || Object.keys(cert).length === 0) {
        done({ ok: false, error: { code: 'tls-handshake', message: `${options.host} sent no certificate` } });
        return;
      }
      done({
        ok: true,
        tls: describe(cert, options, socket.authorized, socket.authorizationError, socket.getProtocol()),
      });
    });
    socket.once('error', (err: NodeJS.ErrnoException) =>
      done({ ok: false, error: connectError(err, options) }),
    );
  });
}

export function describe(
  cert: DetailedPeerCertificate | PeerCertificate,
  options: Pick<TlsProbeOptions, 'host' | 'now'>,
  authorized: boolean,
  authorizationError: Error | string | null | undefined,
  protocol: string | null,
): TlsFacts {
  const names = namesOf(cert);
  const coversHost = tls.checkServerIdentity(options.host, cert) === undefined;
  const validTo = toIso(cert.valid_to);
  const validFrom = toIso(cert.valid_from);
  const now = options.now ?? Date.now();
  let error: string | null = authorized ? null : reason(authorizationError);
  if (error === null && !coversHost) error = 'hostname-mismatch';
  return {
    protocol,
    issuer: formatName(cert.issuer),
    subject: formatName(cert.subject),
    validFrom,
    validTo,
    names,
    trusted: authorized && coversHost,
    coversHost,
    error,
    daysToExpiry: validTo !== null ? Math.floor((Date.parse(validTo) - now) / DAY_MS) : null,
  };
}

/** OpenSSL's verification codes in the words of TlsFacts.error. */
function reason(err: Error | string | null | undefined): string {
  // Node reports the OpenSSL code as a string (typed as an Error).
  const code =
    typeof err === 'string'
      ? err
      : ((err as (Error & { code?: string }) | null | undefined)?.code ?? err?.message ?? 'untrusted');
  switch (code) {
    case 'CERT_HAS_EXPIRED':
      return 'expired';
    case 'CERT_NOT_YET_VALID':
      return 'not-yet-valid';
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return 'self-signed';
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'CERT_UNTRUSTED':
      return 'untrusted-issuer';
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return 'hostname-mismatch';
    default:
      return code;
  }
}

function connectError(err: NodeJS.ErrnoException, o: TlsProbeOptions): FactError {
  const where = `${o.host}:${o.port} (${o.address})`;
  switch (err.code) {
    case 'ECONNREFUSED':
      return { code: 'connection-refused', message: `Nothing accepts connections on ${where}` };
    case 'ECONNRESET':
      return {
        code: 'connection-reset',
        message: `The connection to ${where} was reset during the TLS handshake`,
      };
    case 'ETIMEDOUT':
      return { code: 'timeout', message: `Connecting to ${where} timed out` };
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return { code: 'unreachable', message: `${where} is unreachable` };
    default:
      return {
        code: 'tls-handshake',
        message: `The TLS handshake with ${where} failed: ${err.code ?? err.message}`,
      };
  }
}

function namesOf(cert: PeerCertificate): string[] {
  const san = cert.subjectaltname;
  if (san) {
    return san
      .split(/,\s*/)
      .map((entry) => entry.replace(/^(?:DNS|IP Address):/, '').trim())
      .filter((n) => n !== '');
  }
  const cn = cert.subject?.CN;
  return cn ? [Array.isArray(cn) ? cn.join(' ') : cn] : [];
}

function formatName(name: PeerCertificate['subject'] | undefined): string | null {
  if (!name) return null;
  const parts = Object.entries(name).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : String(v)}`);
  return parts.length > 0 ? parts.join(', ') : null;
}

function toIso(value: string | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function isIp(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.includes(':');
}

let nodeExtra: string[] | null = null;

/** NODE_EXTRA_CA_CERTS's certificates (Node adds them to its default store; giving `ca` replaces that store). */
function nodeExtraCa(): string[] {
  if (nodeExtra !== null) return nodeExtra;
  const file = process.env['NODE_EXTRA_CA_CERTS'];
  try {
    nodeExtra = file
      ? (readFileSync(file, 'utf8').match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ??
        [])
      : [];
  } catch {
    nodeExtra = [];
  }
  return nodeExtra;
}

/** The CA list to pass, or undefined for Node's default store (which includes NODE_EXTRA_CA_CERTS). */
export function trustedCa(extra: readonly string[]): string[] | undefined {
  if (extra.length === 0) return undefined;
  return [...tls.rootCertificates, ...nodeExtraCa(), ...extra];
}
