import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodePrivacyEngines } from '../../cli/privacy-data';
import { extractLinks } from '../extract/extract-links';
import type { Link } from '../types';
import { blockedRequests, strippedParameters } from './judge-privacy';
import type { PrivacyEngines } from './privacy-engines';

/**
 * The privacy judgements with the real data: Ghostery's tracker database
 * through the adblocker engine, Proton's tidy-url, Apple's observed list.
 * URLs are made up in the shapes the platforms use.
 */
let engines: PrivacyEngines;
beforeAll(async () => {
  engines = await loadNodePrivacyEngines();
});

function linksOf(...hrefs: string[]): Link[] {
  const html = hrefs.map((h) => `<a href="${h.replace(/&/g, '&amp;')}">x</a>`).join('\n');
  return extractLinks(html).links;
}

function strippedOf(href: string) {
  const [found] = strippedParameters(linksOf(href), engines);
  return Object.fromEntries((found?.removed ?? []).map((p) => [p.name, p.by]));
}

describe('param-stripped: who removes which parameter', () => {
  it('HubSpot: _hsenc goes in Apple Mail and Proton Mail, _hsmi in Proton Mail only; Apple lets the UTMs through', () => {
    const href =
      'https://www.shop.example/spring-sale?utm_source=hs_email&utm_medium=email&utm_campaign=spring&_hsenc=p2ANqtz-9xYz_AbC&_hsmi=287654321';
    expect(strippedOf(href)).toEqual({
      utm_source: ['proton'],
      utm_medium: ['proton'],
      utm_campaign: ['proton'],
      _hsenc: ['apple', 'proton'],
      _hsmi: ['proton'],
    });
    const [found] = strippedParameters(linksOf(href), engines);
    expect(found?.keptByApple).toEqual(['utm_source', 'utm_medium', 'utm_campaign']);
    expect(found?.removed.find((p) => p.name === '_hsenc')).toMatchObject({
      owner: 'HubSpot',
      appleStatus: 'reported',
    });
  });

  it('URLs that remove and keep the same parameters share their lists; others get their own, whole', () => {
    const found = strippedParameters(
      linksOf(
        'https://shop.example/a?utm_source=n&utm_medium=e&gclid=1',
        'https://shop.example/b?utm_source=m&utm_medium=f&gclid=2',
        'https://shop.example/c?fbclid=3',
        'https://shop.example/d?utm_source=o&utm_medium=g&gclid=4',
        'https://shop.example/e?utm_medium=h&utm_source=p&gclid=5',
      ),
      engines,
    );
    const [a, b, c, d] = found;
    expect(found.map((f) => f.removed.map((p) => p.name))).toEqual([
      ['utm_source', 'utm_medium', 'gclid'],
      ['utm_source', 'utm_medium', 'gclid'],
      ['fbclid'],
      ['utm_source', 'utm_medium', 'gclid'],
      ['utm_medium', 'utm_source', 'gclid'],
    ]);
    expect(found.map((f) => f.keptByApple)).toEqual([
      ['utm_source', 'utm_medium'],
      ['utm_source', 'utm_medium'],
      [],
      ['utm_source', 'utm_medium'],
      ['utm_medium', 'utm_source'],
    ]);
    expect(b?.removed).toBe(a?.removed);
    expect(d?.removed).toBe(a?.removed);
    expect(b?.keptByApple).toBe(a?.keptByApple);
    expect(c?.removed).not.toBe(a?.removed);
  });

  it('judges a parameter written twice once, in a short query and in a long one', () => {
    const twice = 'https://shop.example/?gclid=a&utm_source=news&gclid=b';
    const [short] = strippedParameters(linksOf(twice), engines);
    expect(short?.removed.map((p) => p.name)).toEqual(['gclid', 'utm_source']);
    const filler = Array.from({ length: 20 }, (_, i) => `p${i}=${i}`).join('&');
    const [long] = strippedParameters(linksOf(`${twice}&${filler}&utm_source=again`), engines);
    expect(long?.removed.map((p) => [p.name, p.by])).toEqual([
      ['gclid', ['apple', 'proton']],
      ['utm_source', ['proton']],
    ]);
  });

  it('Drip __s, Marketo mkt_tok, Google gclid and Facebook fbclid are removed by both', () => {
    expect(strippedOf('https://shop.example/boots?__s=x7k2m9q4w1')).toEqual({ __s: ['apple', 'proton'] });
    expect(strippedOf('https://www.shop.example/webinar.html?mkt_tok=MTIzLUFCQy00NTYAAAGPz3kLwQ')).toEqual({
      mkt_tok: ['apple', 'proton'],
    });
    expect(strippedOf('https://shop.example/?gclid=Cj0KCQiA_example_BwE&page=2')).toEqual({
      gclid: ['apple', 'proton'],
    });
    expect(strippedOf('https://shop.example/?fbclid=IwAR2_example_Zx9')).toEqual({
      fbclid: ['apple', 'proton'],
    });
    const [gclid] = strippedParameters(linksOf('https://shop.example/?gclid=Cj0KCQiA'), engines);
    expect(gclid?.removed[0]).toMatchObject({ owner: 'Google Ads', appleStatus: 'observed' });
  });

  it('Mailchimp: mc_eid goes, and the click-tracking URL itself keeps its parameters', () => {
    expect(strippedOf('https://shop.example/?mc_cid=8a1b2c3d4e&mc_eid=f5e6d7c8b9')).toEqual({
      mc_cid: ['proton'],
      mc_eid: ['apple', 'proton'],
    });
    expect(
      strippedParameters(
        linksOf('https://shop.us5.list-manage.com/track/click?u=a1b2c3d4e5f6&id=0f9e8d7c6b&e=5a4b3c2d1e'),
        engines,
      ),
    ).toEqual([]);
  });

  it('leaves a link without such parameters alone, and judges only web links', () => {
    expect(
      strippedParameters(
        linksOf('https://shop.example/?page=2&size=42', 'mailto:a@shop.example?subject=utm_source'),
        engines,
      ),
    ).toEqual([]);
  });

  it('says where Proton Mail skips a redirect whose target is in the URL', () => {
    const [found] = strippedParameters(
      linksOf('https://www.google.com/url?url=https://shop.example/boots&sa=D'),
      engines,
    );
    expect(found?.protonSkipsTo).toBe('shop.example');
  });

  it("still names Apple's removals without the package data", () => {
    const [found] = strippedParameters(linksOf('https://shop.example/?fbclid=IwAR2&utm_source=news'), null);
    expect(found?.removed).toEqual([
      { name: 'fbclid', by: ['apple'], owner: 'Facebook / Meta', appleStatus: 'observed' },
    ]);
  });
});

describe('tracker-blocked: links as navigations, the pixel as an image', () => {
  const pixel = (src: string) =>
    extractLinks(`<img src="${src.replace(/&/g, '&amp;')}" width="1" height="1" alt="">`).images;

  it('Mailchimp click links and its open pixel on list-manage.com/track/ match Ghostery\'s "MailChimp Tracking"', () => {
    const links = linksOf(
      'https://shop.us5.list-manage.com/track/click?u=a1b2c3d4e5f6&id=0f9e8d7c6b&e=5a4b3c2d1e',
    );
    const images = pixel(
      'https://shop.us5.list-manage.com/track/open.php?u=a1b2c3d4e5f6&id=0f9e8d7c6b&e=5a4b3c2d1e',
    );
    const blocked = blockedRequests(links, images, engines);
    expect(blocked.map((b) => [b.kind, b.tracker.name])).toEqual([
      ['link', 'MailChimp Tracking'],
      ['pixel', 'MailChimp Tracking'],
    ]);
    expect(blocked[0]?.tracker.filter).toContain('list-manage');
    expect(blocked[0]?.tracker.organization).toBe('MailChimp');
  });

  it('a pixel and a link on the same host get different answers: the third-party image is blocked, the navigation is not', () => {
    const links = linksOf('https://track.hubspot.com/e1t/c/5/f18dQhb0S7lC8dDMPbW2n0x6l2B9nMJW7t5XZs?si=1');
    const images = pixel('https://track.hubspot.com/e1t/o/5/f18dQhb0S7lC8dDMPbW2n0x6l2B9nMJW7t5XZs.gif');
    const blocked = blockedRequests(links, images, engines);
    expect(blocked.map((b) => b.kind)).toEqual(['pixel']);
    expect(blocked[0]?.tracker).toMatchObject({ name: 'HubSpot', filter: '||track.hubspot.com^$3p' });
    // The same URL asked as an image from a webmail page is blocked; as a navigation, not.
    expect(engines.matchTracker('https://track.hubspot.com/e1t/c/5/x', 'image')?.name).toBe('HubSpot');
    expect(engines.matchTracker('https://track.hubspot.com/e1t/c/5/x', 'main_frame')).toBeNull();
  });

  it('leaves a branded tracking domain and an ordinary shop link alone', () => {
    const links = linksOf(
      'https://click.shop.example/ls/click?upn=u001.abc-2Bdef',
      'https://shop.example/boots',
    );
    expect(blockedRequests(links, pixel('https://click.shop.example/wf/open?upn=abc'), engines)).toEqual([]);
  });
});

describe('data versions', () => {
  it('are the versions package.json pins', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    expect(engines.versions.trackerdb).toBe(pkg.dependencies['@ghostery/trackerdb']);
    expect(engines.versions.adblocker).toBe(pkg.dependencies['@ghostery/adblocker']);
    expect(`^${engines.versions.tidyUrl}`).toBe(pkg.dependencies['@protontech/tidy-url']);
    expect(engines.versions.appleLinkTrackingProtection).toMatch(/^observed \d{4}-\d{2}$/);
  });
});
