import { outsideMergeTags } from '../../extract/outside-merge-tags';
import { findQpDebris } from '../../extract/qp-debris';
import { excerpt, quoteHref } from '../../extract/quote-href';
import { defineRule } from '../define-rule';
import { replaceHref, quoteShort } from '../../edit/fix';
import { repairQuotedPrintable } from '../../edit/href-rewrites';

/** Quoted-printable debris (`=3D`, `=20`, `=` + line break, `=2F` …) in the href. */
export const rule = defineRule({
  id: 'qp-artifact',
  defaultSeverity: 'error',
  category: 'encoding',
  summary:
    'Quoted-printable debris in the URL: =3D, =20, an =-line break, or =XX standing for a URL delimiter.',
  effect: 'broken-or-risky',
  title: 'Garbled characters in the link',
  impact:
    'Left-over encoding characters (like =3D or =20) sit inside the address, so the link leads to the wrong page.',
  remedy:
    'Export the email again from your editor, or remove the stray =3D, =20 and = characters from the link.',
  fixHint: 'Re-export the email; remove stray =3D, =20 or = line breaks from the link',
  severityRationale: 'Error: the debris changes the address, so the link leads to the wrong page or breaks.',
  messages: {
    'qp-artifact': {
      text: (d) => {
        const first = String(d['first']);
        const start = Number(d['start']);
        const meaning = String(d['meaning']);
        return (
          `The link ${quoteHref(excerpt(String(d['href']), start, start + first.length, 30))} holds ` +
          `quoted-printable debris ${(d['debris'] as string[]).map((p) => quoteHref(p)).join(', ')} (` +
          `${quoteHref(first)} stands for ${meaning.length === 1 ? `"${meaning}"` : meaning}): the HTML was taken from the raw, undecoded ` +
          `email source, so the address is wrong and the click lands on a broken page. ` +
          `Decode it: replace "=3D" with "=", "=20" with a space (or %20), and remove "=" at line ends.`
        );
      },
    },
  },
  fix: (i) =>
    replaceHref(
      i,
      i.link.href === null ? null : repairQuotedPrintable(i.link.href),
      true,
      (_b, a) => `Decode the quoted-printable debris: ${quoteShort(a)}`,
    ),
  check(ctx) {
    for (const link of ctx.links) {
      if (link.href === null) continue;
      const debris = findQpDebris(outsideMergeTags(link.href, link.mergeTags));
      const first = debris[0];
      if (!first) continue;
      const parts = [...new Set(debris.map((d) => d.part))];
      ctx.report({
        link,
        messageId: 'qp-artifact',
        data: {
          href: link.href,
          start: first.index,
          first: first.part,
          meaning: first.meaning,
          debris: parts,
        },
      });
    }
  },
});
