import { quoteHref } from '../../extract/quote-href';
import { securityGatewayById } from '../../esp/security-gateways';
import { defineRule } from '../define-rule';

/** A link rewritten by the recipient's security gateway; names the gateway and the original URL. */
export const rule = defineRule({
  id: 'security-rewritten',
  defaultSeverity: 'info',
  category: 'security',
  summary: "A link was rewritten by the recipient's security gateway (Safe Links, Proofpoint, Mimecast, …).",
  effect: 'other',
  title: "Link changed by the reader's security filter",
  impact:
    "The reader's company security filter rewrote the link, so this copy does not show the link you sent and filter scans may look like clicks.",
  remedy:
    'Nothing to fix in the email; test with an inbox that has no security filter to see the original link.',
  fixHint: 'Test with an inbox without a security gateway to see the real link',
  severityRationale:
    'Info: the rewrite happened at the reader’s side, not in your email; nothing to fix in the email.',
  messages: {
    'security-rewritten': {
      text: (d) => {
        const original =
          d['original'] !== null
            ? `the original link is ${quoteHref(String(d['original']))}`
            : `it hides the original link; its host is ${d['host'] === null ? 'unknown' : String(d['host'])}`;
        return (
          `Rewritten by the recipient's security gateway (${String(d['gatewayName'])}); ${original}. ` +
          `Clicks reach the gateway before the email platform's tracker, and the gateway may open the link itself.`
        );
      },
    },
  },
  check(ctx) {
    for (const link of ctx.links) {
      const d = link.destination;
      if (link.kind !== 'web' || d === null) continue;
      const gateway = securityGatewayById(d.via);
      if (!gateway) continue;
      ctx.report({
        link,
        messageId: 'security-rewritten',
        data: { gateway: gateway.id, gatewayName: gateway.name, original: d.url, host: d.host ?? null },
      });
    }
  },
});
