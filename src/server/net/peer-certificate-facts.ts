import { checkServerIdentity, type PeerCertificate, type TLSSocket } from 'node:tls';
import type { TlsFacts } from '../../core/facts';

/**
 * What the certificate of an https hop says, read from the very connection
 * the hop used. The connection is opened without rejecting untrusted
 * certificates only so that the problem can be reported: `trusted` is false
 * and `error` says why (tls-invalid judges it).
 */
const ERROR_NAMES: Record<string, string> = {
  CERT_HAS_EXPIRED: 'expired',
  CERT_NOT_YET_VALID: 'not-yet-valid',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'untrusted-issuer',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'untrusted-issuer',
  UNABLE_TO_GET_ISSUER_CERT: 'untrusted-issuer',
  ERR_TLS_CERT_ALTNAME_INVALID: 'hostname-mismatch',
};

const DAY_MS = 24 * 60 * 60 * 1000;

function nameOf(entity: PeerCertificate['subject'] | undefined): string | null {
  if (!entity) return null;
  const cn = entity.CN as string | string[] | undefined;
  const o = entity.O as string | string[] | undefined;
  const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);
  return first(cn) ?? first(o) ?? null;
}

function namesOf(cert: PeerCertificate): string[] {
  const san = cert.subjectaltname;
  if (san) {
    return san
      .split(',')
      .map((s) => s.trim())
      .map((s) => s.replace(/^(DNS|IP Address):/, ''))
      .filter((s) => s !== '');
  }
  const cn = nameOf(cert.subject);
  return cn ? [cn] : [];
}

function iso(date: string | undefined): string | null {
  if (!date) return null;
  const t = Date.parse(date);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

export function peerCertificateFacts(socket: TLSSocket, hostname: string, now = Date.now()): TlsFacts | null {
  const cert = socket.getPeerCertificate();
  if (!cert || Object.keys(cert).length === 0) return null;
  const validTo = iso(cert.valid_to);
  const coversHost = checkServerIdentity(hostname, cert) === undefined;
  const authError = socket.authorizationError as unknown as string | Error | null | undefined;
  const code = authError
    ? typeof authError === 'string'
      ? authError
      : String((authError as NodeJS.ErrnoException).code ?? authError.message)
    : null;
  const error = socket.authorized
    ? null
    : code
      ? (ERROR_NAMES[code] ?? code)
      : coversHost
        ? 'untrusted-issuer'
        : 'hostname-mismatch';
  return {
    protocol: socket.getProtocol() ?? null,
    issuer: nameOf(cert.issuer),
    subject: nameOf(cert.subject),
    validFrom: iso(cert.valid_from),
    validTo,
    names: namesOf(cert),
    trusted: socket.authorized,
    coversHost,
    error,
    daysToExpiry: validTo === null ? null : Math.floor((Date.parse(validTo) - now) / DAY_MS),
  };
}
