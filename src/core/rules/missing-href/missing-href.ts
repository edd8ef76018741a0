import { defineRule } from '../define-rule';

/**
 * An `<a>` with no href attribute at all. A named anchor (`<a name="top"></a>`,
 * an empty jump target) is not a link and is not reported.
 */
export const rule = defineRule({
  id: 'missing-href',
  defaultSeverity: 'warning',
  category: 'structure',
  summary: 'An <a> has no href attribute at all.',
  effect: 'clicks-not-counted',
  title: 'Link with no address',
  impact: 'This element looks like a link but has no address, so clicking it does nothing.',
  remedy: 'Add the page address to the link, or remove the link if it is not meant to be one.',
  fixHint: 'Add an href, or remove the <a> if it is not a link',
  severityRationale:
    'Warning: sometimes intended (an anchor or a styled span), but a link that was meant to work does nothing.',
  messages: {
    'missing-href': {
      text: (d) => {
        const text = String(d['text'] ?? '');
        const what =
          text !== '' ? `"${text.slice(0, 60)}"` : d['hasImage'] === true ? 'an image' : 'its content';
        return (
          `This <a> around ${what} has no href: it is not a link, readers cannot click it and ` +
          `the email platform has nothing to track. Add href="https://…".`
        );
      },
    },
  },
  check(ctx) {
    for (const link of ctx.links) {
      if (link.element !== 'a' || link.href !== null) continue;
      const namedAnchor =
        ('name' in link.attributes || 'id' in link.attributes) && link.text === '' && !link.hasImage;
      if (namedAnchor) continue;
      ctx.report({ link, messageId: 'missing-href', data: { text: link.text, hasImage: link.hasImage } });
    }
  },
});
