/**
 * Facts the look-up service finds (docs/contracts/api.md) and the online rules judge. The
 * service sends them; the core's online rules turn them into findings in the
 * browser, the CLI and the service alike (see ./online/judge.ts).
 *
 * Every shape is what travels on the wire, so keep fields JSON-serialisable.
 */
import type { FindingEffect, FindingWording } from './types';

export interface FactError {
  /**
   * Machine-readable: `timeout`, `connection-reset`, `tls-handshake`, `malformed-response`,
   * `dns-nxdomain`, `dns-servfail`, `dns-timeout`, `dns-refused`, `blocked-target`,
   * `not-requested`, `invalid-url`, `too-many-redirects`, `deadline` …
   */
  code: string;
  message: string;
}

export interface TlsFacts {
  /** Negotiated protocol, e.g. `TLSv1.3`. */
  protocol?: string | null;
  issuer: string | null;
  subject: string | null;
  validFrom: string | null;
  validTo: string | null;
  /** Host names and IPs the certificate covers (SAN, else CN). */
  names: string[];
  trusted: boolean;
  coversHost: boolean;
  /** Why it is not trusted: `expired`, `not-yet-valid`, `self-signed`, `untrusted-issuer`, `hostname-mismatch`, or the TLS error code. */
  error: string | null;
  daysToExpiry: number | null;
}

export interface HopFacts {
  url: string;
  method?: 'HEAD' | 'GET';
  /** HTTP status, or null when no response came. */
  status: number | null;
  /** The Location (or Refresh / meta refresh target) resolved against url, or null. */
  location: string | null;
  /** How the next hop was found: `location`, `refresh-header`, `meta-refresh`, `javascript` (detected, not followed). */
  via?: 'location' | 'refresh-header' | 'meta-refresh' | 'javascript' | null;
  ms: number;
  /** The IP address connected to. */
  address?: string | null;
  tls?: TlsFacts | null;
  error?: FactError | null;
  /** Why the answer looks like a wall against automated checks (status 999, a challenge page), or null. */
  botWall?: string | null;
  /** The page's `<title>`, when the answer was an HTML page read with GET. */
  title?: string | null;
}

export interface LinkCheckFacts {
  url: string;
  hops: HopFacts[];
  finalUrl: string | null;
  finalStatus: number | null;
  ms: number;
  error: FactError | null;
  findings?: OnlineFinding[];
}

export interface SpfFacts {
  /** All `v=spf1` TXT records found at the domain. */
  records: string[];
  /** The record evaluated (the only one, or the first). */
  record: string | null;
  /** DNS look-up terms counted across the include/redirect tree (RFC 7208 §4.6.4). */
  lookups: number;
  voidLookups: number;
  /** The final `all` qualifier: `+`, `-`, `~`, `?`, or null. */
  all: string | null;
  /** Include/redirect tree, for display. */
  tree?: unknown;
  loops?: string[];
  /** Look-ups inside the tree that failed (SERVFAIL, timeout) — the count may be short. */
  nestedErrors?: FactError[];
  error: FactError | null;
}

export interface DmarcFacts {
  record: string | null;
  /** Where it was found: the domain itself or the organisational domain. */
  foundAt: string | null;
  policy: string | null;
  subdomainPolicy?: string | null;
  pct?: number | null;
  adkim?: string | null;
  aspf?: string | null;
  rua?: string[];
  ruf?: string[];
  /** All `v=DMARC1` records where it was found (more than one makes DMARC void). */
  records?: string[];
  /** Report destinations outside the domain and whether they authorised it (`<domain>._report._dmarc.<dest>`). */
  externalReports?: Array<{ uri: string; domain: string; authorized: boolean | null }>;
  error: FactError | null;
}

export interface DkimFacts {
  selector: string;
  domain: string;
  found: boolean;
  record: string | null;
  keyType: string | null;
  /** RSA modulus length in bits, or null. */
  keyBits: number | null;
  /** `given` (from the message's DKIM-Signature or the caller) or `common` (probed among common selectors). */
  source?: 'given' | 'common';
  /** The key record has an empty `p=` (the key was revoked). */
  revoked?: boolean;
  error: FactError | null;
}

export interface MxFacts {
  exchange: string;
  priority: number;
}

export interface SenderFacts {
  domain: string;
  spf: SpfFacts;
  dmarc: DmarcFacts;
  dkim: DkimFacts[];
  mx: MxFacts[];
  mxError?: FactError | null;
  freeMail: boolean;
  /** The SPF and DMARC records as several resolvers see them, when the service has propagation resolvers. */
  propagation?: PropagationFacts | null;
  findings?: OnlineFinding[];
}

export interface BlocklistFacts {
  zone: string;
  /** `listed`, `clean`, or `unknown` (refused, rate limited, public resolver, failed). */
  status: 'listed' | 'clean' | 'unknown';
  /** The A records answered, when listed or refused. */
  codes: string[];
  /** Meaning of the answer, e.g. `phishing`, `query refused via public resolver`. */
  meaning: string | null;
}

export interface TrackingDomainFacts {
  host: string;
  /** The CNAME chain, in order. */
  cname: string[];
  addresses: string[];
  /** The platform the chain points at, or null. */
  esp: string | null;
  expect?: string | null;
  tls: TlsFacts | null;
  /** Why no certificate could be read (connection refused, timeout, handshake failure, refused address). */
  tlsError?: FactError | null;
  /** The port probed (443 unless the host carried one). */
  port?: number;
  blocklists: BlocklistFacts[];
  error?: FactError | null;
  /** The CNAME and A records as several resolvers see them, when the service has propagation resolvers. */
  propagation?: PropagationFacts | null;
  findings?: OnlineFinding[];
}

/** One resolver's answer in a propagation check. */
export interface PropagationAnswer {
  /** The resolver asked, `host:port`. */
  server: string;
  /** `found`: the record exists there; `none`: no such record (NXDOMAIN or no data); `error`: no usable answer. */
  status: 'found' | 'none' | 'error';
  /** The record values (CNAME target, addresses, the SPF or DMARC text), sorted. */
  values: string[];
  /** Seconds this resolver keeps its answer (the remaining TTL; for `none`, the negative-cache TTL), or null when unknown. */
  ttl: number | null;
  error?: FactError | null;
}

/** The same record asked of every propagation resolver. */
export interface PropagationRecordFacts {
  /** `CNAME` and `A` of a tracking domain; `SPF` (TXT `v=spf1` at the domain) and `DMARC` (TXT at `_dmarc.`) of a sender. */
  record: 'CNAME' | 'A' | 'SPF' | 'DMARC';
  /** The name asked. */
  name: string;
  answers: PropagationAnswer[];
}

/** What several public resolvers answer for the same records (DNS_PROPAGATION_SERVERS). */
export interface PropagationFacts {
  /** When the resolvers were asked (ISO 8601). */
  checkedAt: string;
  servers: string[];
  records: PropagationRecordFacts[];
}

/** A finding of an online rule, without a place in the HTML. */
export interface OnlineFinding extends FindingWording {
  rule: string;
  /** Stable: `<rule-id>` or `<rule-id>/<variant>`. */
  messageId: string;
  severity: 'error' | 'warning' | 'info';
  effect: FindingEffect;
  message: string;
  /** For link checks: the hop index the finding is about, when it is about one. */
  hop?: number;
  /** The facts the message is made from, for tools (as a finding's `data`). */
  data?: Record<string, unknown>;
}

/** Everything the service found, handed to analyze() so the same rules judge it everywhere. */
export interface Facts {
  /** Link checks keyed by the URL that was checked. */
  links?: Record<string, LinkCheckFacts>;
  sender?: SenderFacts[];
  trackingDomains?: TrackingDomainFacts[];
}
