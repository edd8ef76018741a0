import { repeatedDestinations } from '../../url/repeated-destinations';
import { writingDifferences } from '../../url/writing-differences';
import { defineRule } from '../define-rule';
import { replaceHref, quoteShort, linkOf } from '../../edit/fix';

export const rule = defineRule({
  id: 'inconsistent-duplicate',
  defaultSeverity: 'warning',
  category: 'structure',
  summary:
    'two hrefs point at the same destination but are written differently; platforms count them as separate links',
  effect: 'clicks-not-counted',
  title: 'Same page linked in different ways',
  impact:
    'Links to the same page are written differently, so your report splits their clicks over several lines.',
  remedy: 'Write every link to this page exactly the same way.',
  fixHint: 'Write every copy of this link exactly the same way',
  severityRationale:
    'Warning: the links work, but the click report splits one destination over several lines.',
  messages: {
    'inconsistent-duplicate': {
      text: (d) =>
        `Same destination as the link on line ${String(d['firstLine'])} (${String(d['first'])}), written differently ` +
        `(${(d['differences'] as string[]).join(', ')}): "${String(d['written'])}" here, ` +
        `"${String(d['firstWritten'])}" on line ${String(d['firstLine'])}; ` +
        'platforms count them as separate links and split their clicks',
    },
  },
  fix: (i) => {
    const first = linkOf(i.report, i.finding.data?.['first']);
    if (!first || first.href === null) return null;
    return replaceHref(
      i,
      first.href,
      true,
      () => `Write it as the first link (line ${first.line}) does: ${quoteShort(first.href ?? '')}`,
    );
  },
  check(ctx) {
    for (const r of repeatedDestinations(ctx.links)) {
      if (r.writing !== 'different') continue;
      const differences = writingDifferences(
        r.written,
        r.link.href ?? '',
        r.firstWritten,
        r.first.href ?? '',
      );
      ctx.report({
        link: r.link,
        messageId: 'inconsistent-duplicate',
        data: {
          first: r.first.id,
          firstLine: r.first.line,
          differences,
          written: r.written,
          firstWritten: r.firstWritten,
        },
      });
    }
  },
});
