import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'inconsistent-utm';

function link(query: string, text = 'Shop'): string {
  return `<a href="https://shop.example.com/p?${query}">${text}</a>`;
}

describe(ID, () => {
  it('reports the links whose utm_campaign differs from the most used value, with counts', () => {
    const html = [
      link('utm_source=news&amp;utm_campaign=winter-sale'),
      link('utm_source=news&amp;utm_campaign=winter-sale'),
      link('utm_source=news&amp;utm_campaign=wintersale'),
    ].join('\n');
    const found = findingsOf(ID, html);
    expect(found).toHaveLength(1);
    // The finding points at the parameter inside the href.
    expect(found[0]).toMatchObject({ rule: ID, severity: 'warning', link: 'L3', line: 3, column: 57 });
    const message = found[0]?.message ?? '';
    expect(message).toContain('utm_campaign is "wintersale" here but "winter-sale" on most links');
    expect(message).toContain('"winter-sale" (2 links), "wintersale" (1 link)');
  });

  it('counts a difference in letter case and says so', () => {
    const html = [
      link('utm_source=Newsletter'),
      link('utm_source=newsletter'),
      link('utm_source=newsletter'),
    ].join('\n');
    const found = findingsOf(ID, html);
    expect(found.map((f) => [f.link, f.line])).toEqual([['L1', 1]]);
    expect(found[0]?.message).toContain('utm_source is "Newsletter" here but "newsletter"');
    expect(found[0]?.message).toContain('letter case');
  });

  it('checks utm_medium and each parameter on its own', () => {
    const html = [
      link('utm_medium=email&amp;utm_source=a'),
      link('utm_medium=email&amp;utm_source=b'),
      link('utm_medium=e-mail&amp;utm_source=b'),
    ].join('\n');
    const found = findingsOf(ID, html);
    // Findings come in source order.
    expect(found.map((f) => [f.link, f.data?.['parameter']])).toEqual([
      ['L1', 'utm_source'],
      ['L3', 'utm_medium'],
    ]);
  });

  it('is silent when the values agree, when only one link is tagged, and for other utm_* parameters', () => {
    expect(findingsOf(ID, [link('utm_source=a'), link('utm_source=a'), link('x=1')].join('\n'))).toEqual([]);
    expect(findingsOf(ID, link('utm_campaign=a'))).toEqual([]);
    expect(findingsOf(ID, [link('utm_content=hero'), link('utm_content=footer')].join('\n'))).toEqual([]);
  });

  it('ignores values that are merge tags', () => {
    const html = [
      link('utm_campaign={{campaign}}'),
      link('utm_campaign=winter'),
      link('utm_campaign=*|CAMPAIGN|*'),
    ].join('\n');
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it('compares decoded values (`+` and %20 are the same space)', () => {
    expect(
      findingsOf(ID, [link('utm_campaign=winter+sale'), link('utm_campaign=winter%20sale')].join('\n')),
    ).toEqual([]);
  });
});

describe('inconsistent-utm on a tie', () => {
  it('does not claim "most links" when two values are used equally often', () => {
    const html =
      '<a href="https://shop.example.com/a?utm_source=newsletter">A</a>\n' +
      '<a href="https://shop.example.com/b?utm_source=rpo">B</a>';
    const findings = findingsOf('inconsistent-utm', html);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain(
      'utm_source is "rpo" here but "newsletter" on the first link that has it',
    );
    expect(findings[0]?.message).not.toContain('most links');
    expect(findings[0]?.line).toBe(2);
  });

  it('does not compare the values a platform writes itself on its own feature links (Substack)', async () => {
    const html = [
      '<a href="https://news.example.org/p/winter?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=winter">Read</a>',
      '<a href="https://news.example.org/p/boots?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=winter">Boots</a>',
      '<a href="https://substack.com/app-link/post?utm_source=substack&amp;utm_medium=email&amp;utm_campaign=email-share">Share</a>',
      '<a href="https://news.example.org/subscribe?utm_source=post&amp;utm_campaign=email-checkout">Subscribe</a>',
      '<a href="https://substack.com/signup?utm_source=substack&amp;utm_medium=email&amp;utm_campaign=autofilled-footer">Start writing</a>',
      '<a href="https://news.example.org/p/hats?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=Winter">Hats</a>',
    ].join('\n');
    const eml = [
      'From: Winter News <winter@substack.com>',
      'To: reader@example.com',
      'Subject: Winter',
      'List-Unsubscribe: <https://winter.substack.com/action/disable_email?token=abc>',
      'Content-Type: text/html; charset=utf-8',
      '',
      html,
    ].join('\r\n');
    const result = await analyze(eml, { kind: 'eml' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.report.esp).toBe('substack');
    // Only the sender's own slip is left: "Winter" against "winter".
    expect(result.report.findings.filter((f) => f.rule === ID).map((f) => f.link)).toEqual(['L6']);
  });

  it('leaves alone a cross-promotion with its own complete tag set (source, medium and campaign all differ)', () => {
    const html = [
      link('utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=weekly'),
      link('utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=weekly'),
      link('utm_source=partner&amp;utm_medium=banner&amp;utm_campaign=spring-offer'),
      // Two of three differ: a slip, reported.
      link('utm_source=newsletter&amp;utm_medium=mail&amp;utm_campaign=weeky'),
    ].join('\n');
    expect(findingsOf(ID, html).map((f) => [f.link, f.data?.['parameter']])).toEqual([
      ['L4', 'utm_medium'],
      ['L4', 'utm_campaign'],
    ]);
  });

  it('words a letter-case difference as its own message, from the values and their counts', () => {
    const html = [
      link('utm_campaign=2024'),
      link('utm_campaign=Spring'),
      link('utm_campaign=spring'),
      link('utm_campaign=spring'),
    ].join('\n');
    const found = findingsOf(ID, html);
    expect(found.map((f) => [f.link, f.messageId])).toEqual([
      ['L1', ID],
      ['L2', `${ID}/letter-case`],
    ]);
    expect(found[1]?.data).toEqual({
      parameter: 'utm_campaign',
      value: 'Spring',
      reference: 'spring',
      counts: { 2024: 1, Spring: 1, spring: 2 },
      ranked: [
        { value: 'spring', links: 2 },
        { value: '2024', links: 1 },
        { value: 'Spring', links: 1 },
      ],
    });
    expect(found[1]?.message).toContain('"spring" (2 links), "2024" (1 link), "Spring" (1 link)');
  });
});
