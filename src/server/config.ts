import { z } from 'zod';
import { readFileSync } from 'node:fs';
import { HOME_PAGE, VERSION } from '../core/version';
import { createResolver, type DnsResolver } from './net/resolver';
import { parseServerAddress } from './net/dns-direct';

/**
 * The look-up service's configuration, from environment variables (README
 * lists them). Parsed once with zod; a bad value stops start-up with a message
 * naming the variable.
 */
const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  );
const int = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);

const EnvSchema = z.object({
  PORT: int(8787, 0),
  HOST: z.string().default('127.0.0.1'),
  DNS_SERVERS: list,
  /** Resolvers the propagation check compares; unset: PUBLIC_RESOLVERS unless DNS_SERVERS is set; empty: off. */
  DNS_PROPAGATION_SERVERS: z.string().optional(),
  ALLOW_HOSTS: list,
  DNSBL_ZONES: z
    .string()
    .default('dbl.spamhaus.org,multi.surbl.org,multi.uribl.com')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  /** Requests per minute per client (token bucket refill), and the bucket size. */
  RATE_LIMIT: int(120, 0),
  RATE_BURST: int(60, 1),
  DNS_TIMEOUT_MS: int(2500, 1),
  HOP_TIMEOUT_MS: int(5000, 1),
  CHAIN_DEADLINE_MS: int(15000, 1),
  TLS_TIMEOUT_MS: int(5000, 1),
  MAX_REDIRECTS: int(10, 1),
  SLOW_MS: int(3000, 1),
  MAX_BODY_BYTES: int(64 * 1024, 1024),
  MAX_URLS: int(500, 1),
  MAX_REQUEST_BYTES: int(256 * 1024, 1024),
  CONCURRENCY: int(32, 1),
  PER_HOST_CONCURRENCY: int(4, 1),
  /** Ports outbound checks may connect to: 80 and 443 unless set; `*` for any. */
  ALLOWED_PORTS: z.string().default('80,443'),
  /** Host names (Host header) the service answers to; `*` for any. Unset: loopback names and HOST (Node server only). */
  ALLOWED_HOSTNAMES: list,
  /** URLs one client may have checked per minute (the link checker's own bucket), and that bucket's size. */
  URL_RATE_LIMIT: int(600, 0),
  URL_RATE_BURST: z.coerce.number().int().min(1).optional(),
  /** A shared store for the rate limits (`redis://…`, `rediss://…`); empty = each instance counts alone. */
  RATE_LIMIT_STORE: z
    .string()
    .optional()
    .refine(
      (v) => v === undefined || v === '' || /^rediss?:\/\/./i.test(v),
      'must be a redis:// or rediss:// URL',
    ),
  /** Longest time a DNS answer is kept (A/AAAA: their TTL up to this); 0 = no cache. */
  DNS_CACHE_MAX_SECONDS: int(300, 0),
  /** Node server: time to receive a whole request, and its headers (ms). */
  REQUEST_TIMEOUT_MS: int(30_000, 1),
  HEADERS_TIMEOUT_MS: int(10_000, 1),
  /** Directory of the built web app to serve at / (the Node adapter only). */
  STATIC_DIR: z.string().optional(),
  /** A PEM file of extra CA certificates the TLS probe trusts (besides NODE_EXTRA_CA_CERTS, read at process start). */
  EXTRA_CA_CERTS: z.string().optional(),
  /** Trust `X-Forwarded-For` for the client address (behind a CDN or proxy). */
  TRUST_PROXY: z
    .enum(['0', '1', 'true', 'false', ''])
    .optional()
    .transform((v) => v === '1' || v === 'true'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type ServiceConfig = {
  port: number;
  host: string;
  dnsServers: string[];
  /** Resolvers the propagation check asks (`host:port`, IPs only); empty turns the check off. */
  propagationServers: string[];
  allowHosts: string[];
  dnsblZones: string[];
  rateLimit: { perMinute: number; burst: number };
  dnsTimeoutMs: number;
  hopTimeoutMs: number;
  chainDeadlineMs: number;
  tlsTimeoutMs: number;
  maxRedirects: number;
  slowMs: number;
  maxBodyBytes: number;
  maxUrls: number;
  maxRequestBytes: number;
  concurrency: number;
  perHostConcurrency: number;
  /** Ports outbound checks may connect to; empty = any (`ALLOWED_PORTS=*`). */
  allowedPorts: number[];
  /** Host header names the service answers to; null = not checked (serverless default); `['*']` = any. */
  allowedHostnames: string[] | null;
  /** The link checker's per-client budget in URLs (a request of n URLs takes n). */
  urlRateLimit: { perMinute: number; burst: number };
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  dnsCacheMaxSeconds: number;
  /** RATE_LIMIT_STORE, or null for in-memory buckets. */
  rateLimitStore: string | null;
  staticDir: string | null;
  extraCaCertsFile: string | null;
  trustProxy: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  userAgent: string;
  version: string;
};

const USER_AGENT = `EmailLinkInspector/${VERSION} (+${HOME_PAGE}; link checker, not a reader)`;

/**
 * Well-known public resolvers the propagation check asks by default:
 * Cloudflare, Google, Quad9 and OpenDNS.
 */
export const PUBLIC_RESOLVERS = ['1.1.1.1:53', '8.8.8.8:53', '9.9.9.9:53', '208.67.222.222:53'] as const;

/**
 * DNS_PROPAGATION_SERVERS as given; when unset, the public resolvers — unless
 * DNS_SERVERS names the resolver to use, which then stands for all DNS (a
 * test or a closed network never reaches a public resolver by default).
 */
function propagationServers(value: string | undefined, dnsServers: readonly string[]): string[] | string {
  if (value === undefined) return dnsServers.length > 0 ? [] : [...PUBLIC_RESOLVERS];
  const servers = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const bad = servers.find((s) => parseServerAddress(s) === null);
  return bad === undefined ? servers : bad;
}

export type ConfigResult = { ok: true; config: ServiceConfig } | { ok: false; message: string };

export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: `Bad configuration: ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`,
    };
  }
  const e = parsed.data;
  const propagation = propagationServers(e.DNS_PROPAGATION_SERVERS, e.DNS_SERVERS);
  if (typeof propagation === 'string') {
    return {
      ok: false,
      message: `Bad configuration: DNS_PROPAGATION_SERVERS: "${propagation}" is not an IP address with an optional port`,
    };
  }
  const ports = parsePorts(e.ALLOWED_PORTS);
  if (ports === null) {
    return {
      ok: false,
      message: 'Bad configuration: ALLOWED_PORTS: must be `*` or comma-separated ports from 1 to 65535',
    };
  }
  const urlBurst = e.URL_RATE_BURST ?? Math.max(e.MAX_URLS, 1);
  if (urlBurst < e.MAX_URLS) {
    return {
      ok: false,
      message: `Bad configuration: URL_RATE_BURST: must be at least MAX_URLS (${e.MAX_URLS}), or no request could pass`,
    };
  }
  return {
    ok: true,
    config: {
      port: e.PORT,
      host: e.HOST,
      dnsServers: e.DNS_SERVERS,
      propagationServers: propagation,
      allowHosts: e.ALLOW_HOSTS,
      dnsblZones: e.DNSBL_ZONES,
      rateLimit: { perMinute: e.RATE_LIMIT, burst: e.RATE_BURST },
      dnsTimeoutMs: e.DNS_TIMEOUT_MS,
      hopTimeoutMs: e.HOP_TIMEOUT_MS,
      chainDeadlineMs: e.CHAIN_DEADLINE_MS,
      tlsTimeoutMs: e.TLS_TIMEOUT_MS,
      maxRedirects: e.MAX_REDIRECTS,
      slowMs: e.SLOW_MS,
      maxBodyBytes: e.MAX_BODY_BYTES,
      maxUrls: e.MAX_URLS,
      maxRequestBytes: e.MAX_REQUEST_BYTES,
      concurrency: e.CONCURRENCY,
      perHostConcurrency: e.PER_HOST_CONCURRENCY,
      allowedPorts: ports,
      allowedHostnames:
        e.ALLOWED_HOSTNAMES.length > 0 ? e.ALLOWED_HOSTNAMES.map((h) => h.toLowerCase()) : null,
      urlRateLimit: { perMinute: e.URL_RATE_LIMIT, burst: urlBurst },
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
      dnsCacheMaxSeconds: e.DNS_CACHE_MAX_SECONDS,
      rateLimitStore: e.RATE_LIMIT_STORE ? e.RATE_LIMIT_STORE : null,
      headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
      staticDir: e.STATIC_DIR ?? null,
      extraCaCertsFile: e.EXTRA_CA_CERTS ?? null,
      trustProxy: e.TRUST_PROXY,
      logLevel: e.LOG_LEVEL,
      userAgent: USER_AGENT,
      version: VERSION,
    },
  };
}

/** `80,443` → [80, 443]; `*` → [] (any port); null when an entry is not a port from 1 to 65535. */
function parsePorts(value: string): number[] | null {
  const entries = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (entries.length === 1 && entries[0] === '*') return [];
  if (entries.length === 0) return null;
  const ports = entries.map((s) => (/^\d{1,5}$/.test(s) ? Number(s) : NaN));
  return ports.every((n) => n >= 1 && n <= 65535) ? ports : null;
}

/** What every route and check gets: the configuration and the one resolver. */
export interface ServiceDeps {
  config: ServiceConfig;
  resolver: DnsResolver;
  /** Extra trusted CA certificates (PEM) for TLS checks, from EXTRA_CA_CERTS; tests pass their test CA here. */
  extraCa?: readonly string[];
}

/** The configuration and the one resolver it names (DNS_SERVERS, DNS_TIMEOUT_MS). */
export function createServiceDeps(config: ServiceConfig): ServiceDeps {
  return {
    config,
    resolver: createResolver({
      servers: config.dnsServers,
      timeoutMs: config.dnsTimeoutMs,
      cacheMaxSeconds: config.dnsCacheMaxSeconds,
    }),
    extraCa: readExtraCa(config.extraCaCertsFile),
  };
}

/** The PEM certificates of EXTRA_CA_CERTS, read once; start-up fails loudly on a missing file. */
function readExtraCa(file: string | null): string[] {
  if (file === null || file === '') return [];
  const pem = readFileSync(file, 'utf8');
  return pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
}
