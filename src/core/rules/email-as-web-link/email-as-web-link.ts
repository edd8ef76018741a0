import { quoteHref } from '../../extract/quote-href';
import { emailInWebLink } from '../../url/email-as-web-link';
import { defineRule } from '../define-rule';
import { replaceHref, quoteShort } from '../../edit/fix';

/** An email address written as a web link (`http://anna@shop.example.org`). */
export const rule = defineRule({
  id: 'email-as-web-link',
  defaultSeverity: 'error',
  category: 'url',
  summary: 'An email address is written as a web link (http://name@domain.org) instead of a mailto: link.',
  effect: 'broken-or-risky',
  title: 'Email address written as a web link',
  impact:
    'The link was meant to write an email, but it opens the web site of the address’s domain instead (browsers read the name as a login).',
  remedy: 'Write mailto: in front of the email address instead of http://.',
  fixHint: 'Write mailto:name@domain instead of http://name@domain',
  severityRationale:
    'Error: the link certainly does not do what it shows: no email is written, and the reader lands on a web site (or a browser warning about a login in the address).',
  messages: {
    'email-as-web-link': {
      text: (d) =>
        `The link ${quoteHref(String(d['href']))} is the email address ${String(d['address'])} written as a web link: ` +
        `browsers read "${String(d['name'])}" as a login name and open the web site of ${String(d['domain'])} ` +
        `(some warn first), so no email is written. Write "mailto:${String(d['address'])}".`,
    },
  },
  fix: (i) => {
    const address = i.link.href === null ? null : emailInWebLink(i.link.href);
    return replaceHref(
      i,
      address === null ? null : `mailto:${address}`,
      true,
      (_b, a) => `Use ${quoteShort(a)}`,
    );
  },
  check(ctx) {
    for (const link of ctx.links) {
      if (link.kind !== 'web' || link.href === null) continue;
      const address = emailInWebLink(link.href);
      if (address === null) continue;
      const at = address.lastIndexOf('@');
      ctx.report({
        link,
        messageId: 'email-as-web-link',
        data: { href: link.href.trim(), address, name: address.slice(0, at), domain: address.slice(at + 1) },
      });
    }
  },
});
