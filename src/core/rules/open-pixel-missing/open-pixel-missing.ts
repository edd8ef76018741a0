import { findOpenPixels } from '../../esp/open-pixel';
import { defineRule } from '../define-rule';

/** A sent email with no recognisable open-tracking pixel. */
export const rule = defineRule({
  id: 'open-pixel-missing',
  defaultSeverity: 'info',
  category: 'tracking',
  summary: 'A sent email has no recognisable open-tracking pixel.',
  modes: ['sent'],
  check(ctx) {
    if (findOpenPixels(ctx.images, ctx.trackingDomains).length > 0) return;
    const images = ctx.images.length;
    ctx.report({
      message:
        `No open-tracking pixel found (${images} image${images === 1 ? '' : 's'} checked): opens of this email are not counted. ` +
        `Check that open tracking is turned on for the message or the platform account.`,
    });
  },
});
