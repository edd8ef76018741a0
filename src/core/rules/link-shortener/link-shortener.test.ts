import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';
import { SHORTENER_HOSTS, shortenerOf } from './shortener-hosts';

const ID = 'link-shortener';

describe(ID, () => {
  it('reports links to public shorteners', () => {
    const html =
      '<p>Read <a href="https://bit.ly/3xYz">this</a>\nand <a href="http://www.tinyurl.com/abc">that</a></p>';
    const found = findingsOf(ID, html);
    expect(found.map((f) => [f.rule, f.severity, f.link, f.line, f.column])).toEqual([
      [ID, 'warning', 'L1', 1, 18],
      [ID, 'warning', 'L2', 2, 14],
    ]);
    expect(found[0]?.message).toContain('bit.ly, a public URL shortener');
    expect(found[1]?.message).toContain('tinyurl.com, a public URL shortener');
  });

  it('looks inside wrappers that carry their destination', () => {
    const html = '<a href="https://abc.r.us-east-1.awstrack.me/L0/https:%2F%2Fbit.ly%2F3xYz/1/x/y">A</a>';
    const found = findingsOf(ID, html);
    expect(found[0]?.message).toContain(
      'bit.ly, a public URL shortener (inside the tracking or gateway wrapper)',
    );
  });

  it('is silent for ordinary hosts and look-alikes', () => {
    const html =
      '<a href="https://shop.example.com/">A</a><a href="https://notbit.ly.example.com/">B</a><a href="https://rebit.ly/">C</a>';
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it('has a source for every host', () => {
    for (const s of SHORTENER_HOSTS) expect(s.source.length).toBeGreaterThan(3);
    expect(shortenerOf('WWW.Bit.LY.')).toBe('bit.ly');
  });
});
