import { quoteHref } from '../../extract/quote-href';
import type { Link } from '../../types';
import { urlFields } from '../../url/url-fields';
import { emailInWebLink } from '../../url/email-as-web-link';
import { defineRule } from '../define-rule';
import { replaceHref } from '../../edit/fix';
import { upgradeToHttps } from '../../edit/href-rewrites';

/** An http: web link; not an email address written as one (email-as-web-link's). */
const isHttp = (link: Link): boolean =>
  link.kind === 'web' &&
  link.url !== null &&
  link.url.startsWith('http:') &&
  !link.hidden &&
  emailInWebLink(link.href ?? '') === null;

/**
 * A working web link whose scheme is `http:`. The links a platform wrapped
 * for click tracking on an `http:` tracking domain share one cause (the
 * platform's tracking-domain setting): one finding names that domain and
 * covers them all, instead of one per link.
 */
export const rule = defineRule({
  id: 'insecure-http',
  defaultSeverity: 'warning',
  category: 'security',
  summary:
    'A web link uses http: rather than https: (one finding for all links on an http: click-tracking domain).',
  effect: 'broken-or-risky',
  title: 'Link without a secure connection',
  impact:
    'The link uses http:// instead of https://, so browsers may warn readers that the page is not secure.',
  remedy: 'Use the https:// address of the page if the website has one.',
  fixHint: 'Use https:// if the site supports it',
  severityRationale:
    'Warning: the link works, but browsers may warn and the connection can be changed on the way.',
  messages: {
    'insecure-http': {
      text: (d) =>
        `The link ${quoteHref(String(d['url']))} uses "http:", not "https:": browsers mark the page "Not secure", ` +
        `some click-tracking redirects downgrade or block it, and spam filters trust it less. ` +
        `Use ${quoteHref(String(d['fixed']))} if the site supports it.`,
    },
    'insecure-http/tracking-domain': {
      text: (d) => {
        const hosts = d['hosts'] as string[];
        const n = Number(d['links']);
        const domain =
          hosts.length === 1
            ? `The click-tracking domain ${hosts.join('')} is`
            : `The click-tracking domains ${hosts.join(', ')} are`;
        return (
          `${domain} served over "http:": the platform wrapped ${n} link${n === 1 ? '' : 's'} ` +
          `with "http://" addresses, so every click starts on an unencrypted page that browsers mark "Not secure". ` +
          `One setting fixes them all: turn on https (SSL) for click tracking in the email platform's settings.`
        );
      },
      wording: {
        title: 'Click tracking without a secure connection',
        impact:
          'Your email platform wraps the links with a tracking address that starts with http://, so every click passes through a page browsers may mark as not secure.',
        remedy:
          "Turn on https (SSL) for your click-tracking domain in your email platform's settings; the links need no change one by one.",
      },
    },
  },
  fix: (i) =>
    i.finding.messageId === 'insecure-http/tracking-domain'
      ? null
      : replaceHref(
          i,
          i.link.href === null ? null : upgradeToHttps(i.link.href),
          false,
          () => 'Use https: (check first that the site answers over https)',
        ),
  check(ctx) {
    const viaTracker: Link[] = [];
    for (const link of ctx.links) {
      if (!isHttp(link) || link.url === null) continue;
      if (link.tracked === true) {
        viaTracker.push(link);
        continue;
      }
      ctx.report({
        link,
        messageId: 'insecure-http',
        data: { url: link.url, fixed: `https:${link.url.slice('http:'.length)}` },
      });
    }
    const first = viaTracker[0];
    if (!first) return;
    const hosts = [
      ...new Set(viaTracker.map((l) => (l.url ? (urlFields(l.url)?.hostname ?? '') : '')).filter(Boolean)),
    ];
    ctx.report({
      link: first,
      relatedLinks: viaTracker.slice(1),
      messageId: 'insecure-http/tracking-domain',
      data: { hosts, links: viaTracker.length, url: first.url },
    });
  },
});
