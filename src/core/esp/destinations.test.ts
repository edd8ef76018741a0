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
    expect(decodeDestination('https://shop.example.com/?page=https-guide')).toBeNull();
    expect(decodeDestination('not a url')).toBeNull();
  });

  // A query value that is an absolute URL is the destination of a redirect (it used to be ignored:
  // links through unknown redirectors were then compared with their text by the redirector's host).
  it.each([
    ['https://shop.example.com/out?url=https://other.example.com/a', 'https://other.example.com/a'],
    ['https://go.example.net/c?u=https%3A%2F%2Fother.example.com%2Fb', 'https://other.example.com/b'],
    ['https://r.example.net/?link=https://other.example.com/c&id=9', 'https://other.example.com/c'],
    ['https://r.example.net/x?redirect=https://other.example.com/d', 'https://other.example.com/d'],
    ['https://r.example.net/x?target=https://other.example.com/e', 'https://other.example.com/e'],
  ])('decodes the generic redirect %s', (url, destination) => {
    expect(decodeDestination(url)).toEqual({ via: 'redirect', url: destination, host: 'other.example.com' });
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

/** Made-up links shaped like each platform's real ones (base64 of invented destinations). */
describe('platform wrappers that carry their destination', () => {
  const b64 = (s: string): string => btoa(s).replace(/=+$/, '');
  const b64url = (s: string): string => b64(s).replace(/\+/g, '-').replace(/\//g, '_');

  it('Kit: the last path segment is the destination in base64', () => {
    const url = `https://click.convertkit-mail2.com/abc123def456ghi789/xyz987wvu654/${b64('https://shop.example.com/news/')}`;
    expect(decodeDestination(url)).toEqual({
      via: 'kit',
      url: 'https://shop.example.com/news/',
      host: 'shop.example.com',
    });
  });

  it('Mailjet: /lnk/<token>/<n>/<hash>/<base64 destination>', () => {
    const url = `https://x7k2p.mjt.lu/lnk/AVsAAF3kR2YAAcpJBxQAAAAAAAAAAAAAAAAAAAAA/1/Qk9xZ2yR8p3JvGfM1n0T6A/${b64url('https://shop.example.com/sale?x=1')}`;
    expect(decodeDestination(url)).toMatchObject({
      via: 'mailjet',
      url: 'https://shop.example.com/sale?x=1',
    });
  });

  it('Substack: /redirect/2/<base64 JSON holding the destination in "e">.<signature>', () => {
    const token = b64url(
      JSON.stringify({ e: 'https://blog.example.com/p/post?utm_source=email', p: 1, s: 2 }),
    );
    const url = `https://substack.com/redirect/2/${token}.Rp6RhQu1OcBTLaE8qJPojHra1oQeVsrbltZnF5apFk?`;
    expect(decodeDestination(url)).toMatchObject({
      via: 'substack',
      url: 'https://blog.example.com/p/post?utm_source=email',
    });
  });

  it('Postmark: /3s/<percent-encoded destination without scheme>/…', () => {
    const url = 'https://track.pstmrk.it/3s/shop.example.com%2Fevents%2F/r1Ab/Cd2E/fG3h/1/abcdef';
    expect(decodeDestination(url)).toEqual({
      via: 'postmark',
      url: 'https://shop.example.com/events/',
      host: 'shop.example.com',
    });
  });

  it('a statistics redirect with the destination in hex', () => {
    const hex = [...new TextEncoder().encode('https://shop.example.com/a')]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('');
    expect(
      decodeDestination(`https://stats.example.net/redirect/?target=statredirect&linknum=0&href=${hex}`),
    ).toMatchObject({
      via: 'redirect',
      url: 'https://shop.example.com/a',
    });
  });

  it('a destination parameter is found however its name is written: any case, last, bare, percent-encoded', () => {
    const to = 'https://shop.example.com/a';
    for (const query of [
      `URL=${to}`,
      `x=1&Redirect=${to}`,
      `a&u=${to}`,
      `%75rl=${to}`,
      `ta+rget=1&r=${to}`,
    ]) {
      expect(decodeDestination(`https://go.example.net/out?${query}`), query).toMatchObject({ url: to });
    }
    for (const query of ['urls=1', 'xurl=1&uu=2', 'a=url&b=u', 'u+rl=https://shop.example.com/a']) {
      expect(decodeDestination(`https://go.example.net/out?${query}`), query).toBeNull();
    }
  });

  it('HubSpot, Klaviyo, Brevo and beehiiv click links keep the destination on their server: nothing to decode', () => {
    expect(
      decodeDestination(
        'https://d2v8tf04.na1.hubspotlinks.com/Ctc/LX+113/d2v8tf04/VWS3744vX2TlN1-1rjxBDWplW3S9mTt53wbWvN7Cq3xP3qn9gW8wLKSR6lZ3pSW',
      ),
    ).toBeNull();
    expect(
      decodeDestination(
        'https://trk.klclick.com/ls/click?upn=L3exNPy0YRiEtcQ01BHws124cbmIsg3RFdP7xOVAp49gWZJZ',
      ),
    ).toBeNull();
    expect(
      decodeDestination(
        'https://r.news.example.com/tr/cl/KbNPRyPQjPQcDulkdpnFFNFgsqAcmItP1fN7f5gKrLiloDgsiWKE',
      ),
    ).toBeNull();
    expect(
      decodeDestination('https://link.mail.beehiiv.com/ss/c/u001.Zx9kQ2mP7rT4vW1yB3nD5fH8jK0lM2oQ/4ab/xyz'),
    ).toBeNull();
  });
});
