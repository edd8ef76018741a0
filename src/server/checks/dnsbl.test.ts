import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interpretDnsblAnswer } from '../../core/data/dnsbl-return-codes';
import { startDnsTestServer, type DnsTestServer } from '../testing/dns-test-server';
import { serviceTestDeps } from '../testing/service-test-deps';
import { blocklistName, checkBlocklists } from './dnsbl';

describe('DNSBL answers and names', () => {
  it('reads Spamhaus DBL codes, including the ones that are errors', () => {
    expect(interpretDnsblAnswer('dbl.spamhaus.org', '127.0.1.2')).toEqual({
      kind: 'listed',
      meaning: 'spam domain',
    });
    expect(interpretDnsblAnswer('dbl.spamhaus.org', '127.0.1.104')).toEqual({
      kind: 'listed',
      meaning: 'abused legitimate phishing',
    });
    expect(interpretDnsblAnswer('dbl.spamhaus.org', '127.255.255.254')).toMatchObject({ kind: 'error' });
    expect(interpretDnsblAnswer('dbl.spamhaus.org', '127.255.255.255')).toMatchObject({ kind: 'error' });
    expect(interpretDnsblAnswer('dbl.spamhaus.org', '127.0.1.255')).toMatchObject({ kind: 'error' });
  });

  it('reads SURBL and URIBL bitmasks and the URIBL refusal', () => {
    expect(interpretDnsblAnswer('multi.surbl.org', '127.0.0.24')).toEqual({
      kind: 'listed',
      meaning: 'phishing, malware',
    });
    expect(interpretDnsblAnswer('multi.uribl.com', '127.0.0.2')).toEqual({
      kind: 'listed',
      meaning: 'black',
    });
    expect(interpretDnsblAnswer('multi.uribl.com', '127.0.0.14')).toEqual({
      kind: 'listed',
      meaning: 'black, grey, red',
    });
    expect(interpretDnsblAnswer('multi.uribl.com', '127.0.0.1')).toMatchObject({ kind: 'error' });
  });

  it('treats any 127/8 answer of a configured zone as a listing', () => {
    expect(interpretDnsblAnswer('rbl.example.net', '127.0.0.9')).toEqual({
      kind: 'listed',
      meaning: 'listed (127.0.0.9)',
    });
    expect(interpretDnsblAnswer('rbl.example.net', '192.0.2.1')).toMatchObject({ kind: 'error' });
  });

  it('takes 127.255.255.0/24 from any zone for an error, never a listing', () => {
    for (const zone of ['dbl.spamhaus.org', 'multi.surbl.org', 'multi.uribl.com', 'rbl.example.net']) {
      for (const address of ['127.255.255.252', '127.255.255.254', '127.255.255.255', '127.255.255.1']) {
        expect(interpretDnsblAnswer(zone, address), `${zone} ${address}`).toMatchObject({ kind: 'error' });
      }
    }
  });

  it('reads Spamhaus DQS zones (<key>.dbl.dq.spamhaus.net) with the DBL codes', () => {
    const zone = 'abc123def456ghi789.dbl.dq.spamhaus.net';
    expect(interpretDnsblAnswer(zone, '127.0.1.4')).toEqual({ kind: 'listed', meaning: 'phishing domain' });
    expect(interpretDnsblAnswer(zone, '127.0.1.255')).toMatchObject({ kind: 'error' });
    expect(interpretDnsblAnswer(zone, '127.255.255.254')).toMatchObject({ kind: 'error' });
  });

  it('queries the registrable domain', () => {
    expect(blocklistName('click.news.example.co.uk')).toBe('example.co.uk');
    expect(blocklistName('u123.ct.sendgrid.net')).toBe('sendgrid.net');
  });
});

describe('checkBlocklists, against a real DNS server on loopback', () => {
  let dns: DnsTestServer;
  beforeAll(async () => {
    dns = await startDnsTestServer({
      // A public-resolver refusal from a zone the table does not know, and one from a DQS zone.
      'brand.test.rbl.example.net': [{ type: 'A', address: '127.255.255.254' }],
      'brand.test.k3y.dbl.dq.spamhaus.net': [{ type: 'A', address: '127.255.255.255' }],
      'bad.test.k3y.dbl.dq.spamhaus.net': [{ type: 'A', address: '127.0.1.2' }],
    });
  });
  afterAll(async () => {
    await dns.close();
  });

  it('reports refusals as unknown and DQS listings as listed', async () => {
    const { resolver } = serviceTestDeps({ DNS_SERVERS: dns.server });
    const zones = ['rbl.example.net', 'k3y.dbl.dq.spamhaus.net'];
    const refused = await checkBlocklists(resolver, 'click.brand.test', zones);
    expect(refused.map((b) => [b.zone, b.status])).toEqual([
      ['rbl.example.net', 'unknown'],
      ['k3y.dbl.dq.spamhaus.net', 'unknown'],
    ]);
    const listed = await checkBlocklists(resolver, 'click.bad.test', ['k3y.dbl.dq.spamhaus.net']);
    expect(listed[0]).toMatchObject({ status: 'listed', meaning: 'spam domain' });
  });
});
