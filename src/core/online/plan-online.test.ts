import { describe, expect, it } from 'vitest';
import { analyzeHtml, planOnline } from '../analyze';

const html = `
<a href="https://click.shop.example.com:8443/ls/click?upn=abc">Tracked</a>
<a href="https://shop.example.com/gloves">Gloves</a>
<a href="https://shop.example.com/gloves">Gloves again</a>
<a href="mailto:help@shop.example.com">Mail</a>
<a href="/relative">Relative</a>
<a href="https://shop.example.com/prefs?u=1">Manage preferences</a>
<a href="https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fshop.example.com%2Fhats&amp;data=x">Wrapped</a>`;

const sent = {
  kind: 'eml' as const,
  sender: {
    from: 'news@mail.shop.example.com',
    domain: 'mail.shop.example.com',
    dkim: [
      { domain: 'Shop.example.com', selector: 's2' },
      { domain: 'shop.example.com', selector: 's1' },
      { domain: 'mail.shop.example.com', selector: 'k1' },
    ],
    listUnsubscribe: ['<https://shop.example.com/leave?u=1>'.slice(1, -1)],
  },
};

describe('planOnline', () => {
  const report = analyzeHtml(html, { trackingDomains: ['click.shop.example.com'] }, sent);

  it('follows each distinct web URL once, naming the links it stands for', () => {
    const plan = planOnline(report);
    expect(plan.links.map((l) => l.url)).toEqual([
      'https://click.shop.example.com:8443/ls/click?upn=abc',
      'https://shop.example.com/gloves',
      'https://shop.example.com/prefs?u=1',
      'https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fshop.example.com%2Fhats&data=x',
    ]);
    expect(plan.links[1]?.linkIds).toEqual(['L2', 'L3']);
  });

  it('leaves tracked links out, or follows decoded destinations, by scope', () => {
    const untracked = planOnline(report, 'untracked').links.map((l) => l.url);
    expect(untracked).not.toContain('https://click.shop.example.com:8443/ls/click?upn=abc');
    expect(untracked).toContain('https://shop.example.com/gloves');
    const decoded = planOnline(report, { links: 'decoded' }).links.map((l) => l.url);
    expect(decoded).toContain('https://shop.example.com/hats');
    expect(decoded.some((u) => u.includes('safelinks'))).toBe(false);
  });

  it('skips the links only the email tells apart, and the List-Unsubscribe URLs', () => {
    expect(planOnline(report).skip).toEqual([
      'https://shop.example.com/leave?u=1',
      'https://shop.example.com/prefs?u=1',
    ]);
  });

  it('checks the From domain and each DKIM d= domain, with its selectors, once each', () => {
    expect(planOnline(report).senders).toEqual([
      { domain: 'mail.shop.example.com', selectors: ['k1'] },
      { domain: 'shop.example.com', selectors: ['s1', 's2'] },
    ]);
    expect(planOnline(report, { senderDomain: ' Other.example.org ' }).senders).toEqual([
      { domain: 'other.example.org', selectors: [] },
      { domain: 'shop.example.com', selectors: ['s1', 's2'] },
      { domain: 'mail.shop.example.com', selectors: ['k1'] },
    ]);
    expect(planOnline(analyzeHtml(html)).senders).toEqual([]);
  });

  it('probes each tracking host on the port its links use, expecting the platform CNAME target', () => {
    expect(report.esp).toBe('sendgrid');
    expect(planOnline(report).trackingHosts).toEqual([
      { host: 'click.shop.example.com:8443', expect: 'sendgrid.net' },
    ]);
    const unknown = analyzeHtml('<a href="https://go.shop.example.com/x">Sale</a>', {
      trackingDomains: ['go.shop.example.com'],
    });
    expect(unknown.esp).toBeNull();
    expect(planOnline(unknown).trackingHosts).toEqual([{ host: 'go.shop.example.com', expect: null }]);
  });
});
