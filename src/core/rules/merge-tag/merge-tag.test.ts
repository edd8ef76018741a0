import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'merge-tag';

describe(ID, () => {
  it.each([
    ['{{url}}', 'Handlebars / Liquid tag, {{…}}'],
    ['{{{unsubscribe}}}', 'Handlebars / Liquid tag'],
    ['{% unsubscribe_url %}', 'Liquid / HubL / Klaviyo tag, {%…%}'],
    ['*|ARCHIVE|*', 'Mailchimp merge tag, *|…|*'],
    ['%%view_email_url%%', 'Salesforce Marketing Cloud (AMPscript) tag, %%…%%'],
    ['%%=RedirectTo(@url)=%%', 'AMPscript'],
    ['[[UNSUB_LINK_EN]]', 'Mailjet tag, [[…]]'],
    ['[unsubscribe]', 'bracket tag (Campaign Monitor, Inxmail), […]'],
    ['<%asm_group_unsubscribe_raw_url%>', 'SendGrid legacy substitution tag, <%…%>'],
    ['${link}', 'FreeMarker interpolation, ${…}'],
    ['{$unsubscribe}', 'Smarty-style tag (MailerLite), {$…}'],
    ['#{link}', 'interpolation tag, #{…}'],
    ['%unsubscribe_url%', 'Mailgun / ActiveCampaign variable, %…%'],
  ])('reports %s as info and names its dialect', (href, dialect) => {
    const escaped = href.replace(/</g, '&lt;');
    const found = findingsOf(ID, `<p>x</p>\n<a href="${escaped}">x</a>`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'info', link: 'L1', line: 2, column: 10 });
    expect(found[0]?.message).toContain(`is the merge tag "${href}"`);
    expect(found[0]?.message).toContain(dialect);
  });

  it('lists several tags of a link that contains them', () => {
    const [f] = findingsOf(ID, '<a href="https://shop.com/?e={{email}}&id=*|UNIQID|*">x</a>');
    expect(f?.message).toContain('contains the merge tags "{{email}}", "*|UNIQID|*"');
    expect(f?.messageId).toBe(ID);
    expect(f?.data).toEqual({
      href: 'https://shop.com/?e={{email}}&id=*|UNIQID|*',
      tags: ['{{email}}', '*|UNIQID|*'],
      whole: false,
      dialects: ['handlebars', 'mailchimp'],
    });
  });

  it.each(['https://shop.com/', 'https://shop.com/a%20b', '{{url}'])(
    'is silent on %s (no tag, or a mistyped one)',
    (href) => {
      expect(findingsOf(ID, `<a href="${href}">x</a>`)).toEqual([]);
    },
  );
});
