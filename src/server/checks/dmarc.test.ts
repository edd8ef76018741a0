import { describe, expect, it } from 'vitest';
import { isDmarcRecord, organisationalDomain, parseTags } from './dmarc';

describe('DMARC record parsing', () => {
  it('recognises v=DMARC1 records', () => {
    expect(isDmarcRecord('v=DMARC1; p=none')).toBe(true);
    expect(isDmarcRecord('v = DMARC1 ;p=reject')).toBe(true);
    expect(isDmarcRecord('v=DMARC1')).toBe(true);
    expect(isDmarcRecord('v=spf1 -all')).toBe(false);
    expect(isDmarcRecord('p=none; v=DMARC1')).toBe(false);
  });

  it('reads tags, trimmed, names lower-cased, the first of a repeated tag', () => {
    const tags = parseTags(
      'v=DMARC1; P=quarantine ; rua=mailto:a@x.example,mailto:b@y.example; p=none; ;junk',
    );
    expect(Object.fromEntries(tags)).toEqual({
      v: 'DMARC1',
      p: 'quarantine',
      rua: 'mailto:a@x.example,mailto:b@y.example',
    });
  });

  it('finds the organisational domain by the public suffix list', () => {
    expect(organisationalDomain('news.shop.example.co.uk')).toBe('example.co.uk');
    expect(organisationalDomain('mail.example.com')).toBe('example.com');
    expect(organisationalDomain('example.com')).toBe('example.com');
  });
});
