import { describe, expect, it } from 'vitest';
import {
  clickPlatformOf,
  expectedCnameTargets,
  findPlatformByCname,
  findPlatformByHost,
  headerSignsOf,
  mergeTagSignsOf,
  optOutsOf,
  platforms,
  queryParameterSignsOf,
  shapeStrengthOf,
  shapesOf,
} from './catalogue';

describe('platform catalogue data', () => {
  it('has unique kebab-case ids and a source for every fact', () => {
    const ids = platforms.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of platforms) {
      expect(p.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      const facts = [...p.hosts, ...p.shapes, ...p.cnameTargets, ...p.optOut, ...p.mergeTags, ...p.headers];
      for (const fact of facts) expect(fact.source.length, `${p.id}`).toBeGreaterThan(3);
    }
  });

  it('covers the esp ids of docs/contracts/report.md', () => {
    const ids = new Set(platforms.map((p) => p.id));
    for (const id of [
      'mailchimp',
      'mandrill',
      'sendgrid',
      'mailgun',
      'amazon-ses',
      'postmark',
      'sparkpost',
      'hubspot',
      'klaviyo',
      'salesforce-mc',
      'braze',
      'iterable',
      'customer-io',
      'brevo',
      'mailjet',
      'campaign-monitor',
      'constant-contact',
      'activecampaign',
      'marketo',
      'pardot',
      'kit',
      'mailerlite',
      'substack',
      'beehiiv',
      'mautic',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});

describe('findPlatformByHost', () => {
  it.each([
    ['u123.ct.sendgrid.net', 'sendgrid'],
    ['acme.us14.list-manage.com', 'mailchimp'],
    ['mailchi.mp', 'mailchimp'],
    ['mandrillapp.com', 'mandrill'],
    ['abc.r.us-east-1.awstrack.me', 'amazon-ses'],
    ['click.pstmrk.it', 'postmark'],
    ['trk.klclick.com', 'klaviyo'],
    ['r20.rs6.net', 'constant-contact'],
    ['x.mjt.lu', 'mailjet'],
    ['click.convertkit-mail4.com', 'kit'],
    ['LINKS.ITERABLE.COM.', 'iterable'],
  ])('%s → %s', (host, id) => {
    expect(findPlatformByHost(host)).toBe(id);
  });

  it('is null for hosts of no platform, and for look-alikes', () => {
    expect(findPlatformByHost('shop.example.com')).toBeNull();
    expect(findPlatformByHost('notsendgrid.net')).toBeNull();
    expect(findPlatformByHost('')).toBeNull();
  });
});

describe('findPlatformByCname', () => {
  it('finds the platform whose CNAME target is in the chain', () => {
    expect(findPlatformByCname(['click.shop.example.com', 'sendgrid.net.'])).toBe('sendgrid');
    expect(findPlatformByCname(['email.shop.example.com', 'eu.mailgun.org'])).toBe('mailgun');
    expect(findPlatformByCname(['t.shop.example.com', 'spgo.io'])).toBe('sparkpost');
    expect(findPlatformByCname(['go.shop.example.com', 'mkto-ab123.com'])).toBe('marketo');
    expect(findPlatformByCname(['e.shop.example.com', 'e-eu.customeriomail.com'])).toBe('customer-io');
    expect(findPlatformByCname(['x.shop.example.com', 't.mailjet.com'])).toBe('mailjet');
    expect(findPlatformByCname(['r.shop.example.com', 'r.eu-west-1.awstrack.me'])).toBe('amazon-ses');
  });

  it('says what a platform expects, for messages', () => {
    expect(expectedCnameTargets('sendgrid')).toEqual(['sendgrid.net']);
    expect(expectedCnameTargets('mailgun')).toEqual(['mailgun.org or eu.mailgun.org']);
    expect(expectedCnameTargets('klaviyo')).toEqual([]);
    expect(expectedCnameTargets('no-such-platform')).toEqual([]);
  });

  it('is null when nothing in the chain is a platform target', () => {
    expect(findPlatformByCname(['click.shop.example.com', 'cdn.example.net'])).toBeNull();
    expect(findPlatformByCname([])).toBeNull();
  });
});

describe('shapeStrengthOf', () => {
  it('is the strongest of shapesOf for the kind, or null', () => {
    const urls = [
      'https://click.shop.example.com/wf/open?upn=abc',
      'https://us1.list-manage.com/track/open.php?u=1',
      'https://click.shop.example.com/ls/click?upn=abc',
      'https://x.r.us-east-1.awstrack.me/L0/https:%2F%2Fshop.example.com/1/2/3',
      'https://shop.example.com/unsubscribe',
      'https://shop.example.com/',
      'not a url',
    ];
    for (const url of urls) {
      for (const kind of ['open', 'click', 'unsubscribe'] as const) {
        const shapes = shapesOf(url, [kind]);
        const expected = shapes.some((m) => m.strength === 'strong')
          ? 'strong'
          : shapes.length > 0
            ? 'weak'
            : null;
        expect([url, kind, shapeStrengthOf(url, kind)]).toEqual([url, kind, expected]);
      }
    }
    expect(shapeStrengthOf('https://click.shop.example.com/wf/open?upn=abc', 'open')).toBe('strong');
  });
});

describe('clickPlatformOf', () => {
  it('reads the path and query the same however the URL ends (fragment, bare # or ?, none)', () => {
    for (const end of ['', '#', '#top', '#a?b']) {
      expect(clickPlatformOf(`https://click.shop.example.com/ls/click?upn=abc${end}`), end).toBe('sendgrid');
    }
    // A bare `?` is no query: the shape needs `?upn=`.
    expect(clickPlatformOf('https://click.shop.example.com/ls/click?')).toBeNull();
    expect(clickPlatformOf('https://click.shop.example.com/ls/click?#upn=abc')).toBeNull();
  });

  it('finds on a branded host every shape for any host, in catalogue order, as each alone finds it', () => {
    const token = 'aB3-dE6_gH9-jK2-mN5-pQ8-sT1';
    for (const path of [
      '/ls/click?upn=abc',
      '/uni/wf/open?upn=abc',
      '/asm/unsubscribe?x=1',
      `/c/eJ${token}`,
      `/c/${token}`,
      '/track/click?u=1f&id=2&e=3',
      '/e3t/Ctc/abc',
      `/tr/cl/${token}`,
      `/tr/op/${token}`,
      '/_t/open/abc',
      '/r/?id=h1a,2b,3c',
      '/go/abcdefghijklmnopqrstuvwx',
      '/unsubscribe.html?x=abc',
      '/products/shoes?colour=red',
      '/',
    ]) {
      const expected = platforms.flatMap((p) =>
        p.shapes
          .filter((shape) => !shape.host && shape.path.test(path))
          .map((shape) => ({ platform: p.id, kind: shape.kind, strength: shape.strength, byHost: false })),
      );
      expect(shapesOf(`https://shop.example.com${path}`), path).toEqual(expected);
    }
  });

  it('recognises click URLs on platform hosts and branded domains', () => {
    expect(clickPlatformOf('https://u1.ct.sendgrid.net/ls/click?upn=abc')).toBe('sendgrid');
    expect(clickPlatformOf('https://click.shop.example.com/ls/click?upn=abc')).toBe('sendgrid');
    expect(clickPlatformOf('https://trk.klclick.com/ls/click?upn=abc')).toBe('klaviyo');
    expect(clickPlatformOf('https://a.us14.list-manage.com/track/click?u=1f&id=2&e=3')).toBe('mailchimp');
    expect(clickPlatformOf('https://x.r.us-east-1.awstrack.me/L0/https:%2F%2Fshop.example.com/1/2/3')).toBe(
      'amazon-ses',
    );
    expect(clickPlatformOf('https://click.shop.example.com/L0/https%3A%2F%2Fshop.example.com%2F/1/abc')).toBe(
      'amazon-ses',
    );
  });

  it('does not take a platform host page for a click URL', () => {
    expect(clickPlatformOf('https://a.us14.list-manage.com/unsubscribe?u=1')).toBeNull();
    expect(clickPlatformOf('https://shop.example.com/products')).toBeNull();
  });

  it('takes a Mailgun zlib token (/c/eJ…) as a strong sign', () => {
    expect(clickPlatformOf('https://email.shop.example.com/c/eJxskbuO2zoYhJ9Gag5k8E6pY')).toBe('mailgun');
  });

  it('counts weak shapes only when asked', () => {
    const url =
      'https://email.shop.example.com/c/Qk7ZxVkE1uwzAIhE9T7yJhjH-y8KKbXsNyCMlaxXFlO2p7-zpVN5UQmhkh3sCmwZuL';
    expect(clickPlatformOf(url)).toBeNull();
    expect(clickPlatformOf(url, { weak: true })).toBe('mailgun');
  });
});

describe('optOutsOf', () => {
  it('names the platforms that honour an attribute', () => {
    expect(optOutsOf({ href: 'x', clicktracking: 'off' })).toEqual([
      { attribute: 'clicktracking', value: 'off', platforms: ['sendgrid'] },
    ]);
    expect(optOutsOf({ 'mc:disable-tracking': '' })).toEqual([
      { attribute: 'mc:disable-tracking', value: null, platforms: ['mailchimp', 'mandrill'] },
    ]);
    expect(optOutsOf({ class: 'button mktNoTrack' })[0]?.platforms).toEqual(['marketo']);
    expect(optOutsOf({ 'data-msys-clicktrack': '0' })[0]?.platforms).toEqual(['sparkpost']);
  });

  it('ignores attributes that keep tracking on', () => {
    expect(optOutsOf({ clicktracking: 'on' })).toEqual([]);
    expect(optOutsOf({ 'data-msys-clicktrack': '1' })).toEqual([]);
    expect(optOutsOf({ class: 'untracked-button' })).toEqual([]);
    expect(optOutsOf({ 'disable-tracking': 'false' })).toEqual([]);
  });
});

describe('signs of a platform', () => {
  it('merge tags', () => {
    expect(mergeTagSignsOf('*|UNSUB|*')).toContainEqual({ platform: 'mailchimp', system: 'unsubscribe' });
    expect(mergeTagSignsOf('%%view_email_url%%')).toContainEqual({
      platform: 'salesforce-mc',
      system: 'web-version',
    });
    expect(mergeTagSignsOf('[[UNSUB_LINK_EN]]')).toEqual([{ platform: 'mailjet', system: 'unsubscribe' }]);
    expect(mergeTagSignsOf('https://shop.example.com/')).toEqual([]);
  });

  it('headers', () => {
    const signs = headerSignsOf([
      { key: 'x-mc-user', value: 'abc' },
      { key: 'feedback-id', value: '1:2:us14:mc' },
    ]);
    expect(signs.get('mailchimp')).toBe(2);
    expect(signs.has('sendgrid')).toBe(false);
    expect(headerSignsOf([{ key: 'X-SES-Configuration-Set', value: 'marketing' }]).get('amazon-ses')).toBe(1);
    expect(headerSignsOf([{ key: 'x-mailgun-tag', value: 'promo' }]).get('mailgun')).toBe(1);
  });

  it('destination parameters', () => {
    expect(queryParameterSignsOf('https://shop.example.com/?_kx=abc')).toEqual(['klaviyo']);
    expect(queryParameterSignsOf('https://shop.example.com/?mkt_tok=abc')).toEqual(['marketo']);
    expect(queryParameterSignsOf('https://shop.example.com/?a=1&elqTrackId=abc')).toEqual(['eloqua']);
    // Percent-encoded, or split by a line break the URL parser drops.
    expect(queryParameterSignsOf('https://shop.example.com/?%5Fkx=abc')).toEqual(['klaviyo']);
    expect(queryParameterSignsOf('https://shop.example.com/?_k\nx=abc')).toEqual(['klaviyo']);
    expect(queryParameterSignsOf('https://shop.example.com/?_kxy=abc&utm_source=mkt_tok')).toEqual([]);
    expect(queryParameterSignsOf('https://shop.example.com/?a=b')).toEqual([]);
  });
});
