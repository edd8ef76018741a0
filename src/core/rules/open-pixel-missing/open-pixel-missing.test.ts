import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'open-pixel-missing';
const eml = { kind: 'eml' as const, headers: [] };

describe(ID, () => {
  it('reports a sent email without an open pixel, about the whole email', () => {
    const html =
      '<a href="https://click.shop.example.com/ls/click?upn=a">A</a><img src="https://shop.example.com/logo.png" width="120" height="40">';
    const found = findingsOf(ID, html, {}, eml);
    expect(found).toEqual([
      expect.objectContaining({ rule: ID, severity: 'info', link: null, line: 1, column: 1 }),
    ]);
    expect(found[0]?.message).toContain('No open-tracking pixel found (1 image checked)');
  });

  it('is silent when the platform pixel is there', () => {
    const html =
      '<a href="https://click.shop.example.com/ls/click?upn=a">A</a><img src="https://click.shop.example.com/wf/open?upn=b" width="1" height="1" alt="">';
    expect(findingsOf(ID, html, {}, eml)).toEqual([]);
  });

  it('is silent for a generic 1×1 pixel', () => {
    const html = '<img src="https://stats.example.com/o.gif?m=1" style="width:1px;height:1px">';
    expect(findingsOf(ID, html, {}, eml)).toEqual([]);
  });

  it('does not apply to templates (the platform adds the pixel when it sends)', () => {
    expect(findingsOf(ID, '<a href="https://shop.example.com/">A</a>')).toEqual([]);
  });
});
