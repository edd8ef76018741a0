import dns2 from 'dns2';

const { Packet } = dns2;

/** RFC 1035 §4.1.1 response codes (dns2 has them at run time, its typings do not). */
const RCODE = { FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 } as const;

/**
 * A real DNS server on loopback (dns2, UDP and TCP on one port) serving a
 * test zone. Tests point the service at it through DNS_SERVERS. Nothing is
 * mocked: the service's resolver sends real queries and parses real answers.
 */
export type ZoneRecord = (
  | { type: 'A'; address: string }
  | { type: 'AAAA'; address: string }
  | { type: 'CNAME'; domain: string }
  | { type: 'TXT'; data: string | string[] }
  | { type: 'MX'; exchange: string; priority: number }
) & {
  /** Seconds the answer may be cached (60 when not given). */
  ttl?: number;
};

export interface DnsTestServerOptions {
  /** Add an SOA with this TTL and minimum to answers without records (RFC 2308 negative caching). */
  negativeTtl?: number;
}

/** What a name answers: records; a failure; or a function of how often it was asked (rebinding). */
export type ZoneEntry =
  ZoneRecord[] | 'servfail' | 'refused' | 'timeout' | ((askedBefore: number) => ZoneRecord[]);

export interface DnsTestServer {
  /** `127.0.0.1:PORT`, for DNS_SERVERS / --dns-server. */
  readonly server: string;
  readonly port: number;
  /** Every question received, in order (lowercase names). */
  readonly queries: Array<{ name: string; type: string }>;
  /** Replace or add names while the server runs. */
  set(name: string, entry: ZoneEntry): void;
  close(): Promise<void>;
}

const TYPE_NAMES: Record<number, string> = { 1: 'A', 28: 'AAAA', 5: 'CNAME', 16: 'TXT', 15: 'MX' };

export async function startDnsTestServer(
  zone: Record<string, ZoneEntry>,
  options: DnsTestServerOptions = {},
): Promise<DnsTestServer> {
  const entries = new Map<string, ZoneEntry>();
  for (const [name, entry] of Object.entries(zone)) entries.set(normalise(name), entry);
  const asked = new Map<string, number>();
  const queries: Array<{ name: string; type: string }> = [];

  const recordsOf = (name: string): ZoneRecord[] | 'servfail' | 'refused' | 'timeout' | null => {
    const entry = entries.get(name);
    if (entry === undefined) return null;
    if (typeof entry === 'function') {
      const n = asked.get(name) ?? 0;
      asked.set(name, n + 1);
      return entry(n);
    }
    return entry;
  };

  const handle: Parameters<typeof dns2.createServer>[0]['handle'] = (request, send) => {
    const response = Packet.createResponseFromRequest(request);
    // dns2's typings want class instances; plain records are what it encodes.
    const answers = response.answers as unknown as Array<Record<string, unknown>>;
    const question = request.questions[0];
    if (!question) {
      response.header.rcode = RCODE.FORMERR;
      send(response);
      return;
    }
    const qname = normalise(question.name);
    const qtype = TYPE_NAMES[question.type as number] ?? String(question.type);
    queries.push({ name: qname, type: qtype });
    let name = qname;
    for (let depth = 0; depth < 10; depth++) {
      const records = recordsOf(name);
      if (records === 'timeout') return; // never answer
      if (records === 'servfail' || records === 'refused') {
        response.header.rcode = records === 'servfail' ? RCODE.SERVFAIL : RCODE.REFUSED;
        answers.length = 0;
        break;
      }
      if (records === null) {
        if (depth === 0 && !hasDescendant(entries, name)) response.header.rcode = RCODE.NXDOMAIN;
        break;
      }
      const cname = records.find((r) => r.type === 'CNAME');
      if (cname && qtype !== 'CNAME') {
        answers.push(resource(name, cname));
        name = normalise(cname.domain);
        continue;
      }
      for (const r of records) if (r.type === qtype) answers.push(resource(name, r));
      break;
    }
    if (
      answers.length === 0 &&
      options.negativeTtl !== undefined &&
      response.header.rcode !== RCODE.SERVFAIL
    ) {
      const authorities = response.authorities as unknown as Array<Record<string, unknown>>;
      authorities.push({
        name: qname.split('.').slice(-2).join('.'),
        type: Packet.TYPE.SOA,
        class: Packet.CLASS.IN,
        ttl: options.negativeTtl,
        primary: 'ns.test',
        admin: 'hostmaster.test',
        serial: 1,
        refresh: 3600,
        retry: 600,
        expiration: 86400,
        minimum: options.negativeTtl,
      });
    }
    send(response);
  };
  // UDP first on a free port, then TCP on the same port (answers too large for UDP are retried over TCP).
  // Another process may hold that TCP port: then start again on a new port.
  let server: ReturnType<typeof dns2.createServer> | null = null;
  let port = 0;
  for (let attempt = 1; server === null; attempt++) {
    const candidate = dns2.createServer({ udp: true, tcp: true, handle });
    const inner = (candidate as unknown as { servers: Record<'udp' | 'tcp', Listener> }).servers;
    inner.udp.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => inner.udp.once('listening', () => resolve()));
    port = inner.udp.address().port;
    const failed = new Promise<Error>((resolve) => candidate.once('error', (e: Error) => resolve(e)));
    inner.tcp.listen(port, '127.0.0.1');
    const outcome = await Promise.race([
      (candidate as unknown as { listening: Promise<unknown> }).listening.then(() => null),
      failed,
    ]);
    if (outcome === null) server = candidate;
    else {
      await candidate.close().catch(() => undefined);
      if (attempt >= 10) throw outcome;
    }
  }
  const running = server;

  return {
    server: `127.0.0.1:${port}`,
    port,
    queries,
    set(name, entry) {
      entries.set(normalise(name), entry);
    },
    async close() {
      await running.close();
    },
  };
}

interface Listener {
  listen(port: number, address: string): void;
  once(event: 'listening', listener: () => void): void;
  address(): { port: number };
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

function hasDescendant(entries: Map<string, ZoneEntry>, name: string): boolean {
  for (const key of entries.keys()) if (key.endsWith(`.${name}`)) return true;
  return false;
}

function resource(name: string, r: ZoneRecord): Record<string, unknown> {
  const base = { name, class: Packet.CLASS.IN, ttl: r.ttl ?? 60 };
  switch (r.type) {
    case 'A':
      return { ...base, type: Packet.TYPE.A, address: r.address };
    case 'AAAA':
      return { ...base, type: Packet.TYPE.AAAA, address: r.address };
    case 'CNAME':
      return { ...base, type: Packet.TYPE.CNAME, domain: r.domain };
    case 'TXT':
      return { ...base, type: Packet.TYPE.TXT, data: chunk(r.data) };
    case 'MX':
      return { ...base, type: Packet.TYPE.MX, exchange: r.exchange, priority: r.priority };
  }
}

/** TXT strings are at most 255 octets each; long records (DKIM keys) are split as a zone file would. */
function chunk(data: string | string[]): string[] {
  const strings = Array.isArray(data) ? data : [data];
  return strings.flatMap((s) => s.match(/[\s\S]{1,255}/g) ?? ['']);
}
