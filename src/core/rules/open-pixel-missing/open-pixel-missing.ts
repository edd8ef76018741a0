import { findOpenPixels } from '../../esp/open-pixel';
import { defineRule } from '../define-rule';

/** A sent email with no recognisable open-tracking pixel. */
export const rule = defineRule({
  id: 'open-pixel-missing',
  defaultSeverity: 'info',
  category: 'tracking',
  summary: 'A sent email has no recognisable open-tracking pixel.',
  effect: 'clicks-not-counted',
  title: 'Opens are not counted',
  impact: 'No open-tracking image was found, so your platform cannot count who opened this email.',
  remedy: 'Turn on open tracking in your email platform.',
  fixHint: 'Turn on open tracking in the platform',
  severityRationale: 'Info: opens are not counted, which may be intended (open tracking turned off).',
  modes: ['sent'],
  messages: {
    'open-pixel-missing': {
      text: (d) => {
        const images = Number(d['images']);
        return (
          `No open-tracking pixel found (${images} image${images === 1 ? '' : 's'} checked): opens of this email are not counted. ` +
          `Check that open tracking is turned on for the message or the platform account.`
        );
      },
    },
  },
  check(ctx) {
    if (findOpenPixels(ctx.images, ctx.trackingDomains).length > 0) return;
    ctx.report({ messageId: 'open-pixel-missing', data: { images: ctx.images.length } });
  },
});
