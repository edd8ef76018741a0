import { describe, expect, it } from 'vitest';
import { decodeDestination, unwrapDestination } from './destinations';

const MANDRILL_P =
  'eyJwIjoie1widVwiOjMwMTEyOTQ4LFwidlwiOjEsXCJ1cmxcIjpcImh0dHBzOi8vc2hvcC5leGFtcGxlLmNvbS9jb2F0cz91dG1fc291cmNlPXhcIixcImlkXCI6XCJhYmNcIn0ifQ';

describe('decodeDestination', () => {
  it('Amazon SES /L0/<percent-encoded destination>', () => {
    expect(
      decodeDestination(
        'https://abc123.r.us-east-1.awstrack.me/L0/https:%2F%2Fshop.example.com%2Fcoats%3Fsize=m%26utm_source=ses/1/0100018c-abc/sig=',
      ),
    ).toEqual({
      via: 'amazon-ses',
      url: 'https://shop.example.com/coats?size=m&utm_source=ses',
      host: 'shop.example.com',
    });
  });

  it('Amazon SES on a custom redirect domain', () => {
    expect(
      decodeDestination('https://r.shop.example.com/L0/https%3A%2F%2Fshop.example.com%2F/1/abc/def')?.url,
    ).toBe('https://shop.example.com/');
  });

  it('Mandrill ?p=<base64 JSON> with the url in a nested JSON string', () => {
    expect(
      decodeDestination(`https://mandrillapp.com/track/click/30112948/shop.example.com?p=${MANDRILL_P}`),
    ).toEqual({
      via: 'mandrill',
      url: 'https://shop.example.com/coats?utm_source=x',
      host: 'shop.example.com',
    });
  });

  it('Mandrill with broken base64 decodes to nothing', () => {
    expect(decodeDestination('https://mandrillapp.com/track/click/1/x?p=%%%')).toBeNull();
  });

  it('ActiveCampaign /link-tracker?redirectUrl=<base64>', () => {
    const encoded = btoa('https://shop.example.com/sale?utm_source=ac');
    expect(
      decodeDestination(
        `https://shop.activehosted.com/link-tracker?redirectUrl=${encodeURIComponent(encoded)}&sig=x&iat=1&a=2`,
      ),
    ).toEqual({
      via: 'activecampaign',
      url: 'https://shop.example.com/sale?utm_source=ac',
      host: 'shop.example.com',
    });
  });

  it('Google url?q=', () => {
    expect(
      decodeDestination('https://www.google.com/url?q=https://shop.example.com/a%3Fb%3D1&sa=D&ust=1'),
    ).toEqual({
      via: 'google',
      url: 'https://shop.example.com/a?b=1',
      host: 'shop.example.com',
    });
  });

  it('Microsoft Safe Links ?url=', () => {
    expect(
      decodeDestination(
        'https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fshop.example.com%2Fsale&data=05%7C01&sdata=abc&reserved=0',
      ),
    ).toEqual({ via: 'safelinks', url: 'https://shop.example.com/sale', host: 'shop.example.com' });
  });

  it('Proofpoint v2: - for % and _ for /', () => {
    expect(
      decodeDestination(
        'https://urldefense.proofpoint.com/v2/url?u=https-3A__shop.example.com_sale-3Fa-3D1&d=DwMF&c=x&r=y&m=z&s=w&e=',
      ),
    ).toEqual({ via: 'proofpoint', url: 'https://shop.example.com/sale?a=1', host: 'shop.example.com' });
  });

  it('Proofpoint v3: __<url>__; with * replaced from the base64 tail', () => {
    expect(
      decodeDestination('https://urldefense.com/v3/__https://shop.example.com/a?b=1*c=2__;Jg!!ABC123!xyz$')
        ?.url,
    ).toBe('https://shop.example.com/a?b=1&c=2');
    expect(
      decodeDestination('https://urldefense.com/v3/__https://shop.example.com/sale__;!!ABC!x$')?.url,
    ).toBe('https://shop.example.com/sale');
  });

  it('Barracuda linkprotect ?a=', () => {
    expect(
      decodeDestination(
        'https://linkprotect.cudasvc.com/url?a=https%3a%2f%2fshop.example.com%2fsale&c=E,1,abc&typo=1',
      ),
    ).toEqual({ via: 'barracuda', url: 'https://shop.example.com/sale', host: 'shop.example.com' });
  });

  it('Cisco Secure Email /<token>/<percent-encoded original>', () => {
    expect(
      decodeDestination(
        'https://secure-web.cisco.com/1AbCdEf-GhIj/https%3A%2F%2Fshop.example.com%2Fsale%3Fa%3D1',
      ),
    ).toEqual({ via: 'cisco', url: 'https://shop.example.com/sale?a=1', host: 'shop.example.com' });
  });

  it('Mimecast gives the destination host only', () => {
    expect(decodeDestination('https://protect-eu.mimecast.com/s/AbCdEfGh?domain=shop.example.com')).toEqual({
      via: 'mimecast',
      url: null,
      host: 'shop.example.com',
    });
  });

  it('SendGrid, Mailchimp and plain links carry no decodable destination', () => {
    expect(decodeDestination('https://u1.ct.sendgrid.net/ls/click?upn=abcdef')).toBeNull();
    expect(decodeDestination('https://a.us14.list-manage.com/track/click?u=1&id=2&e=3')).toBeNull();
    expect(decodeDestination('https://shop.example.com/?url=https://other.example.com/')).toBeNull();
    expect(decodeDestination('not a url')).toBeNull();
  });

  it('refuses destinations that are not web URLs', () => {
    expect(decodeDestination('https://www.google.com/url?q=javascript:alert(1)')).toBeNull();
    expect(decodeDestination('https://nam12.safelinks.protection.outlook.com/?url=%2Frelative')).toBeNull();
  });
});

describe('unwrapDestination', () => {
  it('unwraps a gateway around a platform wrapper', () => {
    const ses = 'https://abc.r.us-east-1.awstrack.me/L0/https:%2F%2Fshop.example.com%2Fsale/1/abc/sig';
    const safe = `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent(ses)}&data=x`;
    expect(unwrapDestination(safe)).toEqual({
      url: 'https://shop.example.com/sale',
      host: 'shop.example.com',
      via: ['safelinks', 'amazon-ses'],
    });
  });

  it('is null for a link that is not wrapped', () => {
    expect(unwrapDestination('https://shop.example.com/')).toBeNull();
  });
});
