import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'security-rewritten';

describe(ID, () => {
  it('names Safe Links and the original URL', () => {
    const html =
      '<p>\n  <a href="https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fshop.example.com%2Fsale&amp;data=05&amp;reserved=0">Sale</a></p>';
    const found = findingsOf(ID, html);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'info', link: 'L1', line: 2, column: 12 });
    expect(found[0]?.message).toContain('Microsoft Defender Safe Links');
    expect(found[0]?.message).toContain('"https://shop.example.com/sale"');
  });

  it('names Proofpoint, Barracuda and Cisco with their decoded originals', () => {
    const html = [
      '<a href="https://urldefense.proofpoint.com/v2/url?u=https-3A__shop.example.com_a&amp;d=x">P</a>',
      '<a href="https://linkprotect.cudasvc.com/url?a=https%3a%2f%2fshop.example.com%2fb&amp;c=E">B</a>',
      '<a href="https://secure-web.cisco.com/1AbC/https%3A%2F%2Fshop.example.com%2Fc">C</a>',
    ].join('\n');
    const found = findingsOf(ID, html);
    expect(found.map((f) => [f.link, f.line, f.column])).toEqual([
      ['L1', 1, 10],
      ['L2', 2, 10],
      ['L3', 3, 10],
    ]);
    expect(found[0]?.message).toContain('Proofpoint URL Defense');
    expect(found[0]?.message).toContain('https://shop.example.com/a');
    expect(found[1]?.message).toContain('Barracuda');
    expect(found[1]?.message).toContain('https://shop.example.com/b');
    expect(found[2]?.message).toContain('Cisco Secure Email');
    expect(found[2]?.message).toContain('https://shop.example.com/c');
  });

  it('gives the host where Mimecast hides the URL', () => {
    const found = findingsOf(
      ID,
      '<a href="https://protect-eu.mimecast.com/s/AbCd?domain=shop.example.com">M</a>',
    );
    expect(found[0]?.message).toContain('Mimecast');
    expect(found[0]?.message).toContain('its host is shop.example.com');
  });

  it('is silent for platform wrappers, Google redirects and plain links', () => {
    const html = [
      '<a href="https://abc.r.us-east-1.awstrack.me/L0/https:%2F%2Fshop.example.com/1/x/y">SES</a>',
      '<a href="https://www.google.com/url?q=https://shop.example.com/">G</a>',
      '<a href="https://shop.example.com/">Plain</a>',
    ].join('');
    expect(findingsOf(ID, html)).toEqual([]);
  });
});
