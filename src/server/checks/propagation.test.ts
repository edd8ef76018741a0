import { createSocket, type Socket } from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  comparePropagation,
  describeDisagreement,
  propagationDisagreements,
} from '../../core/dns/propagation';
import { loadConfig, PUBLIC_RESOLVERS, type ServiceDeps } from '../config';
import { parseServerAddress, queryDirect } from '../net/dns-direct';
import { startDnsTestServer, type DnsTestServer } from '../testing/dns-test-server';
import { serviceTestDeps } from '../testing/service-test-deps';
import { checkPropagation, senderTargets, trackingDomainTargets } from './propagation';
import { checkSender } from './sender-check';
import { checkTrackingDomain } from './tracking-domain-check';

/**
 * Four real DNS servers on loopback that disagree, as public resolvers do
 * while a change propagates: two already have the new CNAME of the tracking
 * domain, two still cache "no such name"; one still has the old SPF record.
 * A fifth address never answers. Nothing here reaches a public resolver.
 */
describe('the propagation check, against DNS servers on loopback that disagree', () => {
  const servers: DnsTestServer[] = [];
  let silent: Socket;
  let silentAddress: string;
  let deps: ServiceDeps;

  const newSpf = 'v=spf1 include:sendgrid.net -all';
  const oldSpf = 'v=spf1 include:_spf.oldesp.test ~all';
  const dmarc = 'v=DMARC1; p=quarantine; rua=mailto:d@shop.test';

  beforeAll(async () => {
    const updated = {
      'click.shop.test': [{ type: 'CNAME' as const, domain: 'u1.wl.esp.test', ttl: 300 }],
      'u1.wl.esp.test': [{ type: 'A' as const, address: '192.0.2.10', ttl: 300 }],
      'shop.test': [
        { type: 'TXT' as const, data: newSpf, ttl: 600 },
        { type: 'TXT' as const, data: 'google-site-verification=abc', ttl: 600 },
      ],
      '_dmarc.shop.test': [{ type: 'TXT' as const, data: dmarc, ttl: 3600 }],
    };
    const stale = {
      'shop.test': [{ type: 'TXT' as const, data: oldSpf, ttl: 1800 }],
      '_dmarc.shop.test': [{ type: 'TXT' as const, data: dmarc, ttl: 3600 }],
      'u1.wl.esp.test': [{ type: 'A' as const, address: '192.0.2.10', ttl: 300 }],
    };
    servers.push(await startDnsTestServer(updated));
    servers.push(await startDnsTestServer(updated));
    servers.push(await startDnsTestServer(stale, { negativeTtl: 3600 }));
    servers.push(
      await startDnsTestServer({ ...stale, 'shop.test': updated['shop.test'] }, { negativeTtl: 900 }),
    );
    silent = createSocket('udp4');
    silent.on('message', () => undefined); // receives, never answers
    await new Promise<void>((resolve) => silent.bind(0, '127.0.0.1', () => resolve()));
    silentAddress = `127.0.0.1:${silent.address().port}`;
    deps = serviceTestDeps({
      DNS_SERVERS: servers[0]?.server ?? '',
      DNS_PROPAGATION_SERVERS: servers.map((s) => s.server).join(','),
    });
  });

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    silent.close();
  });

  it('asks every resolver and keeps each answer with its TTL', async () => {
    const facts = await checkPropagation(deps, trackingDomainTargets('click.shop.test'));
    expect(facts?.servers).toEqual(servers.map((s) => s.server));
    const cname = facts?.records.find((r) => r.record === 'CNAME');
    expect(cname?.answers).toEqual([
      { server: servers[0]?.server, status: 'found', values: ['u1.wl.esp.test'], ttl: 300 },
      { server: servers[1]?.server, status: 'found', values: ['u1.wl.esp.test'], ttl: 300 },
      { server: servers[2]?.server, status: 'none', values: [], ttl: 3600 },
      { server: servers[3]?.server, status: 'none', values: [], ttl: 900 },
    ]);
    // The A record follows the CNAME where there is one.
    const a = facts?.records.find((r) => r.record === 'A');
    expect(a?.answers.map((x) => x.status)).toEqual(['found', 'found', 'none', 'none']);
    expect(a?.answers[0]?.values).toEqual(['192.0.2.10']);
  });

  it('reports "found on 2 of 4 resolvers" with the TTLs and when the slowest catches up', async () => {
    const facts = await checkPropagation(deps, trackingDomainTargets('click.shop.test'));
    const cname = facts?.records.find((r) => r.record === 'CNAME');
    if (!facts || !cname) throw new Error('no propagation facts');
    const d = comparePropagation(cname, facts.checkedAt);
    expect(d).toMatchObject({ found: 2, answered: 4, catchUpSeconds: 3600 });
    expect(Date.parse(d?.catchUpBy ?? '') - Date.parse(facts.checkedAt)).toBe(3_600_000);
    const message = d ? describeDisagreement(d) : '';
    expect(message).toContain('CNAME of click.shop.test found on 2 of 4 resolvers');
    expect(message).toContain('→ u1.wl.esp.test (TTL 300 s)');
    expect(message).toContain(`no record on ${servers[2]?.server}, ${servers[3]?.server} (TTL 3600 s)`);
    expect(message).toContain('within 1 h');
  });

  it('tells SPF records that differ apart, counting only the v=spf1 string, and leaves an agreeing DMARC alone', async () => {
    const facts = await checkPropagation(deps, senderTargets('shop.test'));
    const found = propagationDisagreements(facts);
    expect(found.map((d) => d.record)).toEqual(['SPF']);
    const spf = found[0];
    expect(spf?.groups.map((g) => [g.values, g.servers.length])).toEqual([
      [[newSpf], 3],
      [[oldSpf], 1],
    ]);
    expect(spf?.catchUpSeconds).toBe(1800);
    expect(spf ? describeDisagreement(spf) : '').toContain(
      'SPF record of shop.test differs between 4 resolvers',
    );
  });

  it('names a resolver that does not answer without counting it as a disagreement', async () => {
    const withSilent = serviceTestDeps({
      DNS_SERVERS: servers[0]?.server ?? '',
      DNS_PROPAGATION_SERVERS: `${servers[0]?.server},${servers[1]?.server},${silentAddress}`,
    });
    const facts = await checkPropagation(withSilent, trackingDomainTargets('click.shop.test'));
    const cname = facts?.records.find((r) => r.record === 'CNAME');
    expect(cname?.answers[2]).toMatchObject({
      server: silentAddress,
      status: 'error',
      error: { code: 'dns-timeout' },
    });
    expect(propagationDisagreements(facts)).toEqual([]);
  });

  it('is part of the tracking-domain and sender facts when propagation resolvers are set, and absent otherwise', async () => {
    const tracking = await checkTrackingDomain(deps, 'click.shop.test');
    expect(tracking.propagation?.records.map((r) => r.record)).toEqual(['CNAME', 'A']);
    const sender = await checkSender(deps, 'shop.test', []);
    expect(sender.propagation?.records.map((r) => [r.record, r.name])).toEqual([
      ['SPF', 'shop.test'],
      ['DMARC', '_dmarc.shop.test'],
    ]);
    const plain = serviceTestDeps({ DNS_SERVERS: servers[0]?.server ?? '' });
    expect((await checkTrackingDomain(plain, 'click.shop.test')).propagation).toBeUndefined();
  });

  it('reads a name that does not exist as "none" and a CNAME asked as A through its chain', async () => {
    const server = parseServerAddress(servers[2]?.server ?? '');
    if (!server) throw new Error('bad address');
    expect(await queryDirect(server, 'nothing.shop.test', 'A', 1000)).toEqual({
      status: 'none',
      kind: 'nxdomain',
      ttl: 3600,
    });
    const first = parseServerAddress(servers[0]?.server ?? '');
    if (!first) throw new Error('bad address');
    expect(await queryDirect(first, 'click.shop.test', 'A', 1000)).toEqual({
      status: 'found',
      values: ['192.0.2.10'],
      ttl: 300,
      cname: ['u1.wl.esp.test'],
    });
  });
});

describe('DNS_PROPAGATION_SERVERS', () => {
  it('defaults to well-known public resolvers, and to none when DNS_SERVERS names the resolver', () => {
    const open = loadConfig({});
    expect(open.ok && open.config.propagationServers).toEqual([...PUBLIC_RESOLVERS]);
    const closed = loadConfig({ DNS_SERVERS: '127.0.0.1:5353' });
    expect(closed.ok && closed.config.propagationServers).toEqual([]);
    const off = loadConfig({ DNS_PROPAGATION_SERVERS: '' });
    expect(off.ok && off.config.propagationServers).toEqual([]);
  });

  it('takes IPs with ports (IPv6 in brackets) and refuses a host name with a clear message', () => {
    const given = loadConfig({ DNS_PROPAGATION_SERVERS: '127.0.0.1:5300, [::1]:5301,127.0.0.2' });
    expect(given.ok && given.config.propagationServers).toEqual([
      '127.0.0.1:5300',
      '[::1]:5301',
      '127.0.0.2',
    ]);
    const bad = loadConfig({ DNS_PROPAGATION_SERVERS: 'dns.google:53' });
    expect(bad).toEqual({
      ok: false,
      message:
        'Bad configuration: DNS_PROPAGATION_SERVERS: "dns.google:53" is not an IP address with an optional port',
    });
  });
});
