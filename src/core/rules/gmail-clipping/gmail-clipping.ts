import { findOpenPixels } from '../../esp/open-pixel';
import { defineRule } from '../define-rule';
import { utf16OffsetOfByte } from './utf8-cut';

/** Gmail clips an HTML part larger than about 102 KB. */
export const GMAIL_CLIP_BYTES = 102 * 1024;

/** The HTML part is over Gmail's clipping limit; says how many links and whether the open pixel fall past the cut. */
export const rule = defineRule({
  id: 'gmail-clipping',
  defaultSeverity: 'warning',
  category: 'structure',
  summary: 'The HTML part is larger than 102 KB: Gmail clips it, hiding what comes after the cut.',
  effect: 'clicks-not-counted',
  title: 'Email too large for Gmail',
  impact:
    'Gmail cuts emails this large and hides the rest behind "View entire message", so opens and the last links are not counted.',
  remedy: 'Make the email smaller than 102 KB: remove unused styles, comments and hidden content.',
  fixHint: 'Make the HTML smaller than 102 KB (remove unused CSS, comments, whitespace)',
  severityRationale:
    'Warning: Gmail readers still get the email, but the open pixel and the last links are hidden behind a click.',
  messages: {
    'gmail-clipping': {
      text: (d) => {
        const htmlBytes = Number(d['htmlBytes']);
        const links = Number(d['links']);
        const pixelText =
          d['pixel'] === 'none'
            ? 'no open-tracking pixel was found'
            : d['pixelPastCut'] === true
              ? 'so does the open-tracking pixel: opens of readers who do not expand the message are not counted'
              : 'the open-tracking pixel stays before the cut';
        return (
          `The HTML is ${(htmlBytes / 1024).toFixed(1)} KB (${htmlBytes} bytes); Gmail clips messages over 102 KB and hides the rest behind "View entire message": ` +
          `${String(d['linksPastCut'])} of ${links} link${links === 1 ? '' : 's'} fall past the cut, and ${pixelText}. ` +
          `Shrink the HTML (inline CSS, comments, white space) or shorten the email.`
        );
      },
    },
  },
  check(ctx) {
    if (ctx.input.htmlBytes <= GMAIL_CLIP_BYTES) return;
    const cut = utf16OffsetOfByte(ctx.html, GMAIL_CLIP_BYTES);
    const links = ctx.links.filter((l) => !l.outlookOnly);
    const past = links.filter((l) => l.offset >= cut).length;
    const pixels = findOpenPixels(ctx.images, ctx.trackingDomains).filter((p) => !p.outlookOnly);
    const pixelPast = pixels.length > 0 && pixels.every((p) => p.offset >= cut);
    ctx.report({
      offset: cut,
      messageId: 'gmail-clipping',
      data: {
        htmlBytes: ctx.input.htmlBytes,
        cutOffset: cut,
        links: links.length,
        linksPastCut: past,
        pixel: pixels.length === 0 ? 'none' : 'found',
        pixelPastCut: pixelPast,
      },
    });
  },
});
