import { describe, expect, it } from 'vitest';
import { analyze as analyzeResult } from '../analyze';
import type { AnalyzeOptions, Report } from '../types';
import { compareReports, type LinkPair } from './compare';
import { formatComparison } from './format-comparison';

/**
 * A test fake of a platform's sending: what an ESP does to a template's links
 * on the way out. Web links get utm parameters and are wrapped by the
 * tracking domain, some through an SES-style wrapper that carries the
 * destination (`/L0/<encoded>/…`), some through a branded host with an opaque
 * token; `clicktracking="off"` links (the SendGrid opt-out) and links to the
 * skipped domain are left alone; merge tags are filled in; one link is
 * dropped; a footer link is added.
 */
function fakePlatformSend(template: string): string {
  let n = 0;
  const html = template
    .replace(/<a ([^>]*?)href="([^"]*)"([^>]*)>/g, (whole, before: string, href: string, after: string) => {
      const attrs = `${before}${after}`;
      if (!/^https?:/.test(href) && !href.includes('*|')) return whole;
      if (/clicktracking="?off/i.test(attrs)) return whole;
      if (href.includes('partner.example')) return whole;
      let url = href.replace('*|EMAIL|*', 'ann@example.org');
      if (!url.includes('*|'))
        url += `${url.includes('?') ? '&' : '?'}utm_source=newsletter&utm_medium=email`;
      n++;
      const wrapped = !href.includes('/hats')
        ? `https://abc123.r.us-east-1.awstrack.me/L0/${encodeURIComponent(url)}/1/0100-token${n}=`
        : `https://click.shop.example/ls/click?upn=opaque${n}`;
      return `<a ${before}href="${wrapped}"${after}>`;
    })
    .replace(/<p class="drop">.*?<\/p>\n/s, '')
    .replace(
      '</body>',
      '<p><a href="https://click.shop.example/asm/unsubscribe/?u=1">Unsubscribe</a></p>\n</body>',
    );
  return [
    'From: Shop <news@shop.example>',
    'To: ann@example.org',
    'Subject: Winter sale',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    '',
    html,
  ].join('\r\n');
}

const TEMPLATE = [
  '<html><body>',
  '<p><a href="https://shop.example/coats">Warm coats</a></p>',
  '<p><a href="https://shop.example/hats?colour=red">Red hats</a></p>',
  '<p><a href="https://shop.example/boots" clicktracking="off">Boots</a></p>',
  '<p><a href="https://partner.example/offer">Our partner</a></p>',
  '<p class="drop"><a href="https://shop.example/old-sale">Last year’s sale</a></p>',
  '<p><a href="https://shop.example/account?e=*|EMAIL|*">Your account</a></p>',
  '<p><a href="mailto:help@shop.example">Write to us</a></p>',
  '</body></html>',
  '',
].join('\n');

async function analyze(text: string, options: AnalyzeOptions): Promise<Report> {
  const r = await analyzeResult(text, options);
  if (!r.ok) throw new Error(r.error.message);
  return r.report;
}

function byTemplateText(pairs: LinkPair[], text: string): LinkPair {
  const p = pairs.find((x) => x.template?.text === text || (x.template === null && x.sent?.text === text));
  if (!p) throw new Error(`no pair for ${text}`);
  return p;
}

describe('compareReports (template ↔ sent email)', async () => {
  const template = await analyze(TEMPLATE, { name: 'promo.html', mode: 'template' });
  const sent = await analyze(fakePlatformSend(TEMPLATE), { name: 'sent.eml', kind: 'eml', mode: 'sent' });
  const c = compareReports(template, sent);

  it('pairs every link once, in the order of both emails', () => {
    const templateIds = c.pairs.flatMap((p) => (p.template ? [p.template.id] : []));
    const sentIds = c.pairs.flatMap((p) => (p.sent ? [p.sent.id] : []));
    expect(templateIds).toEqual(template.links.map((l) => l.id));
    expect(sentIds).toEqual(sent.links.map((l) => l.id));
  });

  it('wrapped links: the decoded destination and the parameters the platform added', () => {
    const coats = byTemplateText(c.pairs, 'Warm coats');
    expect(coats.status).toBe('wrapped');
    expect(coats.wrapper).toEqual({
      host: 'abc123.r.us-east-1.awstrack.me',
      via: 'amazon-ses',
      destination: 'https://shop.example/coats?utm_source=newsletter&utm_medium=email',
    });
    expect(coats.changes).toEqual([
      {
        kind: 'params-added',
        params: [
          { name: 'utm_source', value: 'newsletter' },
          { name: 'utm_medium', value: 'email' },
        ],
      },
    ]);
    expect(coats.matchedBy).toContain('destination');
    // An opaque wrapper keeps the destination on the server: paired by text and place.
    const hats = byTemplateText(c.pairs, 'Red hats');
    expect(hats.status).toBe('wrapped');
    expect(hats.wrapper).toMatchObject({ host: 'click.shop.example', destination: null });
    expect(hats.matchedBy).toEqual(['text']);
  });

  it('left alone: the opted-out and the skipped links, with the template’s reason', () => {
    const boots = byTemplateText(c.pairs, 'Boots');
    expect(boots.status).toBe('left-alone');
    expect(boots.wrapper).toBeNull();
    expect(boots.templateFindings.map((f) => f.rule)).toContain('tracking-disabled');
    expect(byTemplateText(c.pairs, 'Our partner').status).toBe('left-alone');
    expect(byTemplateText(c.pairs, 'Write to us').status).toBe('left-alone');
  });

  it('merge tags filled in, a dropped link missing, a platform link new', () => {
    const account = byTemplateText(c.pairs, 'Your account');
    expect(account.status).toBe('wrapped');
    expect(account.changes).toContainEqual({
      kind: 'merge-tags-filled',
      tags: [{ tag: '*|EMAIL|*', value: 'ann@example.org' }],
    });
    const old = byTemplateText(c.pairs, 'Last year’s sale');
    expect(old).toMatchObject({ status: 'missing', sent: null });
    const unsubscribe = byTemplateText(c.pairs, 'Unsubscribe');
    expect(unsubscribe).toMatchObject({ status: 'new', template: null });
    expect(c.summary).toEqual({ wrapped: 3, 'left-alone': 3, changed: 0, missing: 1, new: 1, untracked: 2 });
  });

  it('a destination changed by hand is "changed", not "left alone"', async () => {
    const edited = await analyze(
      TEMPLATE.replace('https://partner.example/offer', 'https://partner.example/offer2'),
      {
        mode: 'sent',
        name: 'hand.html',
      },
    );
    const pair = compareReports(template, edited).pairs.find((p) => p.template?.text === 'Our partner');
    expect(pair?.status).toBe('changed');
    expect(pair?.changes).toEqual([
      {
        kind: 'destination-different',
        from: 'https://partner.example/offer',
        to: 'https://partner.example/offer2',
      },
    ]);
  });

  it('text and Markdown say what happened to each pair', () => {
    const text = formatComparison(c, 'text');
    expect(text).toMatch(
      /^wrapped {2,}through abc123\.r\.us-east-1\.awstrack\.me, leads to https:\/\/shop\.example\/coats\?utm_source=newsletter&utm_medium=email; parameters added: utm_source=newsletter, utm_medium=email$/m,
    );
    expect(text).toMatch(
      /^left alone {2,}the sent email has the template’s address: clicks are not counted$/m,
    );
    expect(text).toContain('why?     tracking-disabled:');
    expect(text).toMatch(/^missing from sent {2}not in the sent email$/m);
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      '8 pairs: 3 wrapped, 3 left alone, 0 changed, 1 missing from sent, 1 new in sent; 2 web links of the sent email are not tracked.',
    );
    const md = formatComparison(c, 'md');
    expect(md).toContain('| What happened | Template link | Sent link | Details |');
    expect(md).toContain(
      '| missing from sent | Last year’s sale `https://shop.example/old-sale` |  | not in the sent email |',
    );
    expect(JSON.parse(formatComparison(c, 'json'))).toEqual(JSON.parse(JSON.stringify(c)));
  });
});
