import { describe, expect, it } from 'vitest';
import { interpretDnsblAnswer } from '../../core/data/dnsbl-return-codes';
import { blocklistName } from './dnsbl';

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

  it('queries the registrable domain', () => {
    expect(blocklistName('click.news.example.co.uk')).toBe('example.co.uk');
    expect(blocklistName('u123.ct.sendgrid.net')).toBe('sendgrid.net');
  });
});
