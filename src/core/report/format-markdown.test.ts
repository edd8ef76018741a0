import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { formatMarkdown } from './format-markdown';
import { sampleReport } from './fixtures/sample-report';
import { defined } from './fixtures/defined';

describe('formatMarkdown', () => {
  it('matches the snapshot', async () => {
    await expect(formatMarkdown(sampleReport())).toMatchFileSnapshot('__snapshots__/sample.md');
  });

  it('states the input, platform, tracking domains and counts', () => {
    const md = formatMarkdown(sampleReport());
    expect(md).toContain('| Email platform | `sendgrid` |');
    expect(md).toContain('| Tracking domains | `click.shop.example.com` |');
    expect(md).toContain('| Errors | 3 |');
    expect(md).toContain('| Warnings | 4 |');
  });

  it('lists each link error and warning in a table row with line, href, problem and a fix', () => {
    const md = formatMarkdown(sampleReport());
    const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(6);
    const relative = defined(rows.find((r) => r.includes('relative-url')));
    expect(relative.startsWith('| 3 | `/pricing` |')).toBe(true);
    expect(relative).toContain('Use the full address');
    // A pipe inside an href must not split the table row.
    const pipe = defined(rows.find((r) => r.includes('unencoded-characters')));
    expect(pipe).toContain('`https://shop.example.com/sale?a=1\\|2`');
  });

  it('includes the online results', () => {
    const md = formatMarkdown(sampleReport());
    expect(md).toContain('### Online checks');
    expect(md).toContain('- Tracking domain `click.shop.example.com`: CNAME → `example.net`');
    expect(md).toContain('- Sender domain `shop.example.com`: SPF `v=spf1 -all`');
  });

  it('says there are no errors or warnings when so', () => {
    const report = { ...sampleReport(), findings: [] };
    delete report.trackingDomainChecks;
    delete report.senderChecks;
    const md = formatMarkdown(report);
    expect(md).toContain('No errors or warnings.');
    expect(md).not.toContain('### Online checks');
  });
});

describe('formatMarkdown on a long list', () => {
  it('cuts the table at 50 rows and says how many more there are', () => {
    const report = sampleReport();
    const one = defined(report.findings.find((f) => f.rule === 'relative-url'));
    report.findings = Array.from({ length: 60 }, () => ({ ...one }));
    const md = formatMarkdown(report);
    expect(md.split('\n').filter((l) => /^\| \d+ \|/.test(l))).toHaveLength(50);
    expect(md).toContain('…and 10 more; the full list is in the text or JSON report.');
  });

  it('puts no image and no link from the email into the rendered Markdown (a support ticket renders it)', async () => {
    // Hrefs and link texts written as Markdown and HTML: a tracking pixel, links, an autolink, an address.
    const html = [
      '<a href=" ![px](https://pixel.example/p.gif) ">![pixel](https://pixel.example/t.gif)</a>',
      '<a href="www.evil.example/[click](https://evil.example/x)">x</a>',
      '<a href="/rel<img src=https://pixel.example/i.gif>">y</a>',
      '<a href=" mailto:someone@evil.example ">mail</a>',
      '<a href="javascript:alert(1)">js</a>',
      '<a href="https://evil.example/a b">**bold** _it_ `code`</a>',
    ].join('\n');
    const r = await analyze(html, { name: '[ticket](https://evil.example/name).html' });
    if (!r.ok) throw new Error(r.error.message);
    const md = formatMarkdown(r.report);
    const rendered = await marked.parse(md, { gfm: true });
    expect(rendered).not.toMatch(/<img/i);
    const hrefs = [...rendered.matchAll(/<a\s[^>]*href="([^"]*)"/gi)].map((m) => m[1] ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(href.startsWith('https://github.com/email-link-inspector/email-link-inspector/')).toBe(true);
    }
    // The text is still there, readable, in code spans.
    expect(rendered).toContain('<code>https://pixel.example/p.gif)</code>');
  });
});
