import { describe, expect, it } from 'vitest';
import { reportOf } from '../rules/rule-kit.test-helpers';
import { applyEdits } from '../edit/text-edit';
import { planUtm } from './utm-builder';

const settings = {
  source: 'newsletter',
  medium: 'email',
  campaign: 'spring-sale',
  domains: ['shop.example.com'],
};

describe('UTM builder', () => {
  it('adds utm parameters to links to the chosen domains and leaves everything else as written', () => {
    const html = [
      '<a href="https://shop.example.com/coats?size=m&amp;colour=red#top">Coats</a>',
      '<a href="https://blog.example.org/post">Blog</a>',
      '<a href="https://shop.example.com/?e={{ email }}">Hi</a>',
      '<a href="{{ unsubscribe_url }}">Unsubscribe</a>',
      '<a href="https://shop.example.com/unsubscribe?u=1">Leave</a>',
    ].join('\n');
    const plan = planUtm(reportOf(html), settings);
    const { text } = applyEdits(
      html,
      plan.fixes.flatMap((f) => f.edits),
    );
    expect(text.split('\n')).toEqual([
      '<a href="https://shop.example.com/coats?size=m&amp;colour=red&amp;utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=spring-sale#top">Coats</a>',
      '<a href="https://blog.example.org/post">Blog</a>',
      '<a href="https://shop.example.com/?e={{ email }}&amp;utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=spring-sale">Hi</a>',
      '<a href="{{ unsubscribe_url }}">Unsubscribe</a>',
      '<a href="https://shop.example.com/unsubscribe?u=1">Leave</a>',
    ]);
    expect(plan.skipped.map((s) => s.reason)).toEqual(['other-domain', 'merge-tag', 'system-link']);
  });

  it('shows existing inconsistent values, then replaces them in place', () => {
    const html =
      '<a href="https://shop.example.com/a?utm_source=News&utm_medium=email">A</a>' +
      '<a href="https://shop.example.com/b?utm_source=news&utm_medium=email">B</a>';
    const plan = planUtm(reportOf(html), settings);
    expect(plan.existing['utm_source']).toEqual([
      { value: 'News', links: 1 },
      { value: 'news', links: 1 },
    ]);
    const { text } = applyEdits(
      html,
      plan.fixes.flatMap((f) => f.edits),
    );
    expect(text).toBe(
      '<a href="https://shop.example.com/a?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale">A</a>' +
        '<a href="https://shop.example.com/b?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale">B</a>',
    );
    // Applying the same plan to the result changes nothing more.
    expect(planUtm(reportOf(text), settings).fixes).toEqual([]);
  });

  it('derives utm_content from link text or position', () => {
    const html =
      '<a href="https://shop.example.com/a">Warm Coats, 30% off!</a><a href="https://shop.example.com/b"><img alt="Logo"></a>';
    const byText = planUtm(reportOf(html), { ...settings, content: { from: 'text' } });
    expect(byText.fixes.map((f) => new URL(f.after ?? '').searchParams.get('utm_content'))).toEqual([
      'warm-coats-30-off',
      'logo',
    ]);
    const byPosition = planUtm(reportOf(html), { ...settings, content: { from: 'position' } });
    expect(byPosition.fixes.map((f) => new URL(f.after ?? '').searchParams.get('utm_content'))).toEqual([
      'link-1',
      'link-2',
    ]);
  });
});
