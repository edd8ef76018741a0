import { createSocket } from 'node:dgram';
import { isIP, connect } from 'node:net';
import dnsPacket from 'dns-packet';
import type { FactError } from '../../core/facts';

/**
 * One question sent straight to one DNS server, with the TTLs of its answer.
 * node:dns hides the TTLs of CNAME, TXT and MX answers and picks one server
 * of its list; the propagation check needs both (the answer of each resolver
 * it names and how long that resolver will keep it), and the service's
 * resolver asks CNAME, TXT and MX this way so its cache can keep each answer
 * for its own TTL.
 * UDP with an EDNS0 buffer of 4096 bytes; a truncated answer is asked again
 * over TCP.
 */
export type DirectType = 'A' | 'CNAME' | 'TXT' | 'MX';

export type DirectAnswer =
  /** `values`: the records of the asked type at the end of any CNAME chain; `ttl`: the lowest TTL on the way. */
  | { status: 'found'; values: string[]; ttl: number; cname: string[] }
  /** No record: `ttl` is how long the negative answer is cached (RFC 2308: the SOA's TTL and minimum), when the server says. */
  | { status: 'none'; kind: 'nxdomain' | 'nodata'; ttl: number | null }
  | { status: 'error'; error: FactError };

export interface ServerAddress {
  host: string;
  port: number;
}

/** `1.1.1.1`, `1.1.1.1:53`, `[2606:4700::1111]:53` or a bare IPv6 address; null when it is not an IP (names are not resolved). */
export function parseServerAddress(value: string): ServerAddress | null {
  const text = value.trim();
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(text);
  let host: string;
  let port = 53;
  if (bracketed) {
    host = bracketed[1] ?? '';
    if (bracketed[2] !== undefined) port = Number(bracketed[2]);
  } else if (isIP(text) === 6) {
    host = text;
  } else {
    const colon = text.lastIndexOf(':');
    host = colon === -1 ? text : text.slice(0, colon);
    if (colon !== -1) {
      const p = text.slice(colon + 1);
      if (!/^\d{1,5}$/.test(p)) return null;
      port = Number(p);
    }
  }
  if (isIP(host) === 0 || port < 1 || port > 65535) return null;
  return { host, port };
}

export function formatServerAddress(server: ServerAddress): string {
  const host = isIP(server.host) === 6 ? `[${server.host}]` : server.host;
  return `${host}:${server.port}`;
}

const RCODE_ERRORS: Record<string, FactError['code']> = {
  SERVFAIL: 'dns-servfail',
  REFUSED: 'dns-refused',
  FORMERR: 'dns-error',
  NOTIMP: 'dns-error',
};

export async function queryDirect(
  server: ServerAddress,
  name: string,
  type: DirectType,
  timeoutMs: number,
): Promise<DirectAnswer> {
  const id = Math.floor(Math.random() * 65535);
  const query: dnsPacket.Packet = {
    type: 'query',
    id,
    flags: dnsPacket.RECURSION_DESIRED,
    questions: [{ type, name, class: 'IN' }],
    additionals: [{ type: 'OPT', name: '.', udpPayloadSize: 4096 } as dnsPacket.Answer],
  };
  const where = formatServerAddress(server);
  try {
    let response = await overUdp(server, dnsPacket.encode(query), id, timeoutMs);
    if (response.flag_tc) response = await overTcp(server, dnsPacket.streamEncode(query), timeoutMs);
    return readAnswer(response, name, type, where);
  } catch (e) {
    const timedOut = e instanceof Error && e.message === 'timeout';
    return {
      status: 'error',
      error: timedOut
        ? { code: 'dns-timeout', message: `${where} did not answer for ${name} within ${timeoutMs} ms` }
        : {
            code: 'dns-unreachable',
            message: `${where} could not be asked for ${name}: ${e instanceof Error ? e.message : String(e)}`,
          },
    };
  }
}

function readAnswer(
  response: dnsPacket.DecodedPacket,
  name: string,
  type: DirectType,
  where: string,
): DirectAnswer {
  const rcode = (response as { rcode?: string }).rcode ?? 'NOERROR';
  if (rcode !== 'NOERROR' && rcode !== 'NXDOMAIN') {
    return {
      status: 'error',
      error: { code: RCODE_ERRORS[rcode] ?? 'dns-error', message: `${where} answered ${rcode} for ${name}` },
    };
  }
  const answers = (response.answers ?? []).filter(
    (a): a is Exclude<dnsPacket.Answer, { type: 'OPT' }> => a.type !== 'OPT',
  );
  // Follow the chain from the asked name, so unrelated records in the answer are not taken.
  let current = name.toLowerCase().replace(/\.$/, '');
  const cname: string[] = [];
  let ttl = Number.POSITIVE_INFINITY;
  for (let depth = 0; depth < 16 && type !== 'CNAME'; depth++) {
    const link = answers.find((a) => a.type === 'CNAME' && sameName(a.name, current));
    if (!link || link.type !== 'CNAME') break;
    ttl = Math.min(ttl, link.ttl ?? 0);
    current = String(link.data).toLowerCase().replace(/\.$/, '');
    cname.push(current);
  }
  const values: string[] = [];
  for (const a of answers) {
    if (a.type !== type || !sameName(a.name, current)) continue;
    ttl = Math.min(ttl, a.ttl ?? 0);
    values.push(recordText(a));
  }
  if (values.length > 0) return { status: 'found', values, ttl, cname };
  const soa = (response.authorities ?? []).find((a) => a.type === 'SOA');
  const negativeTtl =
    soa && soa.type === 'SOA'
      ? Math.min(soa.ttl ?? Number.POSITIVE_INFINITY, soa.data.minimum ?? Number.POSITIVE_INFINITY)
      : null;
  return {
    status: 'none',
    kind: rcode === 'NXDOMAIN' ? 'nxdomain' : 'nodata',
    ttl: negativeTtl !== null && Number.isFinite(negativeTtl) ? negativeTtl : null,
  };
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase().replace(/\.$/, '') === b;
}

function recordText(a: Exclude<dnsPacket.Answer, { type: 'OPT' }>): string {
  if (a.type === 'TXT') {
    const chunks = Array.isArray(a.data) ? a.data : [a.data];
    return chunks.map((c) => (typeof c === 'string' ? c : Buffer.from(c).toString('utf8'))).join('');
  }
  if (a.type === 'CNAME') return String(a.data).toLowerCase().replace(/\.$/, '');
  // MX: "preference exchange", as a zone file writes it.
  if (a.type === 'MX') return `${a.data.preference ?? 0} ${String(a.data.exchange).replace(/\.$/, '')}`;
  return String(a.data);
}

function overUdp(
  server: ServerAddress,
  message: Buffer,
  id: number,
  timeoutMs: number,
): Promise<dnsPacket.DecodedPacket> {
  return new Promise((resolve, reject) => {
    const socket = createSocket(isIP(server.host) === 6 ? 'udp6' : 'udp4');
    const done = (fn: () => void): void => {
      clearTimeout(timer);
      socket.close();
      fn();
    };
    const timer = setTimeout(() => done(() => reject(new Error('timeout'))), timeoutMs);
    socket.on('error', (e) => done(() => reject(e)));
    socket.on('message', (data) => {
      let packet: dnsPacket.DecodedPacket;
      try {
        packet = dnsPacket.decode(data);
      } catch {
        return; // not a DNS answer: keep waiting for ours
      }
      if (packet.id !== id) return;
      done(() => resolve(packet));
    });
    socket.send(message, server.port, server.host, (e) => {
      if (e) done(() => reject(e));
    });
  });
}

function overTcp(
  server: ServerAddress,
  message: Buffer,
  timeoutMs: number,
): Promise<dnsPacket.DecodedPacket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: server.host, port: server.port });
    const chunks: Buffer[] = [];
    let length = 0;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('timeout'));
    }, timeoutMs);
    socket.on('connect', () => socket.write(message));
    socket.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    socket.on('data', (data: Buffer) => {
      chunks.push(data);
      length += data.length;
      const all = Buffer.concat(chunks, length);
      if (all.length < 2 || all.length < 2 + all.readUInt16BE(0)) return;
      clearTimeout(timer);
      socket.destroy();
      try {
        resolve(dnsPacket.streamDecode(all) as dnsPacket.DecodedPacket);
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  });
}
