import {
  Agent as HttpAgent,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
} from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { TLSSocket } from 'node:tls';
import type { FactError, TlsFacts } from '../../core/facts';
import { describe as describeCertificate, trustedCa } from './tls-probe';
import type { TargetUrl } from './target-url';

/**
 * One HTTP request of one hop, on a socket opened to the address the policy
 * checked (`host` is the IP itself, so Node does no look-up of its own). The
 * Host header and TLS SNI carry the URL's host name. Connections are kept
 * alive and reused only for the same checked address and port (Node's agents
 * pool sockets by `host:port`, and `host` is the IP; the https agent also by
 * SNI name and trust options), so reuse never reaches an address that was not
 * checked. Idle sockets do not keep the process alive. Bodies are read only
 * for HTML and only up to `maxBodyBytes`; then the socket is dropped.
 * Failures are values, never exceptions.
 */
export interface PinnedRequest {
  target: TargetUrl;
  address: string;
  family: 4 | 6;
  method: 'HEAD' | 'GET';
  timeoutMs: number;
  maxBodyBytes: number;
  userAgent: string;
  /** Extra trusted CA certificates (PEM), on top of Node's store and NODE_EXTRA_CA_CERTS. */
  ca?: readonly string[];
  signal?: AbortSignal;
}

export interface PinnedResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The first `maxBodyBytes` of an HTML body (GET only), else null. */
  body: string | null;
  tls: TlsFacts | null;
}

export type PinnedResult =
  { ok: true; response: PinnedResponse } | { ok: false; error: FactError; tls: TlsFacts | null };

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)/i;

// Idle sockets close after 4 s, before the usual 5 s server keep-alive timeout, so a pooled socket is rarely stale.
const KEEP_ALIVE = { keepAlive: true, keepAliveMsecs: 1000, maxFreeSockets: 64, timeout: 4000 } as const;
const httpAgent = new HttpAgent(KEEP_ALIVE);
const httpsAgent = new HttpsAgent(KEEP_ALIVE);

/** One CA list per extra-CA list: the https agent names its pools by the `ca` option, so it must not be rebuilt per request. */
const caLists = new WeakMap<readonly string[], string[] | undefined>();
function caFor(extra: readonly string[] | undefined): string[] | undefined {
  if (!extra) return undefined;
  if (!caLists.has(extra)) caLists.set(extra, trustedCa(extra));
  return caLists.get(extra);
}

/** The capped body as UTF-8 when it is (a sequence the cap cut in two is dropped), else Latin-1. */
function bodyText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return bytes.toString('latin1');
  }
}

export function isHtml(headers: IncomingHttpHeaders): boolean {
  return HTML_TYPE.test(headers['content-type'] ?? '');
}

function errorOf(e: unknown, host: string): FactError {
  const err = e as NodeJS.ErrnoException;
  const code = err.code ?? '';
  if (code === 'ECONNRESET' || code === 'EPIPE' || err.message === 'socket hang up') {
    return { code: 'connection-reset', message: `The connection to ${host} was reset` };
  }
  if (code === 'ECONNREFUSED')
    return { code: 'connection-refused', message: `${host} refused the connection` };
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return { code: 'unreachable', message: `${host} is unreachable (${code})` };
  }
  if (code.startsWith('HPE_'))
    return { code: 'malformed-response', message: `${host} sent a malformed HTTP response (${code})` };
  if (
    code.startsWith('ERR_SSL') ||
    code.startsWith('ERR_TLS') ||
    code === 'EPROTO' ||
    /SSL|TLS/.test(err.message)
  ) {
    return {
      code: 'tls-handshake',
      message: `The TLS handshake with ${host} failed (${code || err.message})`,
    };
  }
  return { code: 'fetch-error', message: `The request to ${host} failed (${code || err.message})` };
}

/** The certificate of this very connection, in the words of TlsFacts (tls-probe's reading). */
function certificateFacts(socket: TLSSocket, hostname: string): TlsFacts | null {
  const cert = socket.getPeerCertificate();
  if (!cert || Object.keys(cert).length === 0) return null;
  return describeCertificate(
    cert,
    { host: hostname },
    socket.authorized,
    socket.authorizationError,
    socket.getProtocol(),
  );
}

export function requestPinned(req: PinnedRequest): Promise<PinnedResult> {
  const { target } = req;
  const https = target.url.protocol === 'https:';
  return new Promise<PinnedResult>((resolve) => {
    let tls: TlsFacts | null = null;
    let settled = false;
    /** `reuse`: the response was read to its end, so the socket may go back to the pool. */
    const finish = (result: PinnedResult, reuse = false): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
      if (!reuse) request.destroy();
      resolve(result);
    };
    const fail = (error: FactError): void => finish({ ok: false, error, tls });

    const options = {
      host: req.address,
      family: req.family,
      port: target.port,
      method: req.method,
      path: `${target.url.pathname}${target.url.search}`,
      headers: {
        host: target.url.host,
        'user-agent': req.userAgent,
        accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
        'accept-encoding': 'identity',
      },
    };
    const onResponse = (res: IncomingMessage): void => {
      if (https) tls = certificateFacts(res.socket as TLSSocket, target.hostname) ?? tls;
      const status = res.statusCode ?? 0;
      const headers = res.headers;
      if (req.method === 'HEAD') {
        // Settle at the end of the (empty) response so the socket is back in the pool for the next hop.
        const headDone = (): void =>
          finish({ ok: true, response: { status, headers, body: null, tls } }, true);
        res.once('end', headDone);
        res.once('error', headDone);
        res.resume();
        return;
      }
      if (!isHtml(headers)) {
        finish({ ok: true, response: { status, headers, body: null, tls } });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const done = (complete: boolean): void => {
        finish(
          {
            ok: true,
            response: {
              status,
              headers,
              body: bodyText(Buffer.concat(chunks).subarray(0, req.maxBodyBytes)),
              tls,
            },
          },
          complete,
        );
      };
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= req.maxBodyBytes) done(false);
      });
      res.on('end', () => done(true));
      // A reset mid-body still leaves a status and the bytes read so far.
      res.on('error', () => done(false));
      res.on('aborted', () => done(false));
    };
    const request = https
      ? httpsRequest(
          {
            ...options,
            servername: target.ipLiteral ? undefined : target.hostname,
            // Not a silent skip: the certificate is checked and reported (trusted=false and why).
            rejectUnauthorized: false,
            ca: caFor(req.ca),
            agent: httpsAgent,
          },
          onResponse,
        )
      : httpRequest({ ...options, agent: httpAgent }, onResponse);
    if (https) {
      request.on('socket', (socket) => {
        socket.once('secureConnect', () => {
          tls = certificateFacts(socket as TLSSocket, target.hostname);
        });
      });
    }
    request.on('error', (e) => fail(errorOf(e, target.url.host)));
    const timer = setTimeout(
      () =>
        fail({ code: 'timeout', message: `${target.url.host} did not answer within ${req.timeoutMs} ms` }),
      req.timeoutMs,
    );
    const onAbort = (): void => fail({ code: 'aborted', message: 'The check was cancelled' });
    if (req.signal?.aborted) onAbort();
    else req.signal?.addEventListener('abort', onAbort);
    request.end();
  });
}
