import { describe, expect, it } from 'vitest';
import { createAddressPolicy } from './address-policy';
import { parseTargetUrl } from './target-url';

const empty = createAddressPolicy([]);
/** The address policy's view of a URL's host after URL parsing (every textual IP form normalised). */
const verdictOf = (url: string, policy = empty) => {
  const t = parseTargetUrl(url, []);
  if (!t.ok) return { ok: false, reason: t.error.message };
  return t.target.ipLiteral
    ? policy.checkAddress(t.target.hostname, t.target.hostname)
    : policy.checkHostName(t.target.hostname);
};

describe('address policy', () => {
  it.each([
    ['http://127.0.0.1/', 'loopback'],
    ['http://127.1/', 'loopback'],
    ['http://2130706433/', 'loopback'],
    ['http://0x7f000001/', 'loopback'],
    ['http://0x7f.0.0.1/', 'loopback'],
    ['http://0177.0.0.1/', 'loopback'],
    ['http://017700000001/', 'loopback'],
    ['http://127.000.000.001/', 'loopback'],
    ['http://①②⑦.⓪.⓪.①/', 'loopback'],
    ['http://0/', 'this network'],
    ['http://0.0.0.0/', 'this network'],
    ['http://10.0.0.1/', 'private'],
    ['http://172.16.5.4/', 'private'],
    ['http://192.168.0.1/', 'private'],
    ['http://100.64.0.1/', 'carrier-grade NAT'],
    ['http://169.254.169.254/latest/meta-data/', 'cloud metadata'],
    ['http://169.254.1.1/', 'link-local'],
    ['http://100.100.100.200/', 'cloud metadata'],
    ['http://168.63.129.16/', 'cloud metadata'],
    ['http://224.0.0.1/', 'multicast'],
    ['http://240.0.0.1/', 'reserved'],
    ['http://255.255.255.255/', 'broadcast'],
    ['http://192.0.2.1/', 'documentation'],
    ['http://198.18.0.1/', 'benchmarking'],
    ['http://[::1]/', 'loopback'],
    ['http://[::]/', 'unspecified'],
    ['http://[0:0:0:0:0:0:0:1]/', 'loopback'],
    ['http://[::ffff:127.0.0.1]/', 'IPv4-mapped'],
    ['http://[::ffff:7f00:1]/', 'IPv4-mapped'],
    ['http://[::ffff:a9fe:a9fe]/', 'IPv4-mapped'],
    ['http://[::127.0.0.1]/', 'IPv4-compatible'],
    ['http://[::ffff:0:7f00:1]/', 'IPv4-translated'],
    ['http://[64:ff9b::7f00:1]/', 'NAT64'],
    ['http://[64:ff9b:1::a00:1]/', 'NAT64'],
    ['http://[2002:7f00:1::1]/', '6to4'],
    ['http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/', 'Teredo'],
    ['http://[fc00::1]/', 'unique local'],
    ['http://[fd00:ec2::254]/', 'cloud metadata'],
    ['http://[fe80::1]/', 'link-local'],
    ['http://[fec0::1]/', 'site-local'],
    ['http://[ff02::1]/', 'multicast'],
    ['http://[2001:db8::1]/', 'documentation'],
    ['http://localhost/', 'reserved local'],
    ['http://LOCALHOST./', 'reserved local'],
    ['http://a.b.localhost/', 'reserved local'],
    ['http://printer.local/', 'reserved local'],
    ['http://metadata.google.internal/', 'reserved local'],
    ['http://router.home.arpa/', 'reserved local'],
    ['http://127.0.0.1!/', 'not a valid host name'],
    ['http://${AWS_LAMBDA_RUNTIME_API}/', 'not a valid host name'],
  ])('refuses %s (%s)', (url, why) => {
    const v = verdictOf(url);
    expect(v.ok).toBe(false);
    expect(v.ok ? '' : v.reason).toContain(why);
  });

  it.each(['http://93.184.215.14/', 'http://[2606:4700:4700::1111]/', 'https://shop.example/'])(
    'accepts %s',
    (url) => {
      expect(verdictOf(url)).toEqual({ ok: true });
    },
  );

  it('refuses schemes other than http(s), credentials and ports not allowed', () => {
    for (const url of [
      'gopher://127.0.0.1:70/_x',
      'file:///etc/passwd',
      'dict://127.0.0.1:11211/',
      'ftp://a.example/',
    ]) {
      expect(parseTargetUrl(url, [])).toMatchObject({ ok: false, error: { code: 'blocked-target' } });
    }
    expect(parseTargetUrl('http://user:pass@a.example/', [])).toMatchObject({
      ok: false,
      error: { code: 'blocked-target' },
    });
    expect(parseTargetUrl('http://a.example:8080/', [80, 443])).toMatchObject({
      ok: false,
      error: { code: 'blocked-target' },
    });
    expect(parseTargetUrl('http://a.example/', [80, 443])).toMatchObject({ ok: true });
  });

  it('ALLOW_HOSTS: an IP permits that address in any spelling, a CIDR its range', () => {
    const p = createAddressPolicy(['127.0.0.1', '10.9.0.0/16', 'fd12::/16']);
    expect(verdictOf('http://2130706433/', p)).toEqual({ ok: true });
    expect(verdictOf('http://127.0.0.2/', p).ok).toBe(false);
    expect(verdictOf('http://10.9.3.4/', p)).toEqual({ ok: true });
    expect(verdictOf('http://10.10.3.4/', p).ok).toBe(false);
    expect(verdictOf('http://[fd12::5]/', p)).toEqual({ ok: true });
    expect(p.checkAddress('127.0.0.1', 'any-name.test')).toEqual({ ok: true });
  });

  it('ALLOW_HOSTS: a host name permits only that name, not other names on the same address', () => {
    const p = createAddressPolicy(['site.test']);
    expect(p.checkAddress('127.0.0.1', 'site.test')).toEqual({ ok: true });
    expect(p.checkAddress('127.0.0.1', 'SITE.test.')).toEqual({ ok: true });
    expect(p.checkAddress('127.0.0.1', 'other.test').ok).toBe(false);
    expect(p.checkAddress('127.0.0.1', '127.0.0.1').ok).toBe(false);
    expect(createAddressPolicy(['localhost']).checkHostName('localhost')).toEqual({ ok: true });
  });

  it('never lifts the block for a cloud metadata address, even inside an allowed CIDR', () => {
    const p = createAddressPolicy(['169.254.0.0/16', 'metadata.test']);
    expect(p.checkAddress('169.254.169.254', '169.254.169.254').ok).toBe(false);
    expect(p.checkAddress('169.254.169.254', 'metadata.test').ok).toBe(false);
    expect(p.checkAddress('169.254.1.1', '169.254.1.1')).toEqual({ ok: true });
  });
});
