import type { MergeTagDialect } from '../types';

export interface MergeTagDialectInfo {
  /** How the dialect is named in messages. */
  label: string;
  /** The delimiters, as a marketer would recognise them. */
  shape: string;
  /** Where the syntax is documented or seen. */
  source: string;
}

/** The merge-tag dialects of rules.md, named for messages. */
export const MERGE_TAG_DIALECTS: Readonly<Record<MergeTagDialect, MergeTagDialectInfo>> = {
  mailchimp: {
    label: 'Mailchimp merge tag',
    shape: '*|…|*',
    source: 'Mailchimp "All the merge tags cheat sheet"; reference/email-platforms.md',
  },
  handlebars: {
    label: 'Handlebars / Liquid tag',
    shape: '{{…}}',
    source: 'handlebarsjs.com expressions; SendGrid dynamic templates; reference/email-platforms.md',
  },
  liquid: {
    label: 'Liquid / HubL / Klaviyo tag',
    shape: '{%…%}',
    source: 'shopify.github.io/liquid tags; Klaviyo "{% unsubscribe %}"; reference/email-platforms.md',
  },
  ampscript: {
    label: 'Salesforce Marketing Cloud (AMPscript) tag',
    shape: '%%…%%',
    source: 'Salesforce Marketing Cloud AMPscript and personalization strings; reference/email-platforms.md',
  },
  bracket: {
    label: 'bracket tag (Campaign Monitor, Inxmail)',
    shape: '[…]',
    source:
      'Campaign Monitor personalization tags "[firstname,fallback=]"; Inxmail "[field]" seen in received mail; reference/email-platforms.md',
  },
  'double-bracket': {
    label: 'Mailjet tag',
    shape: '[[…]]',
    source: 'Mailjet "[[UNSUB_LINK_EN]]", "[[PERMALINK]]"; reference/email-platforms.md',
  },
  'sendgrid-legacy': {
    label: 'SendGrid legacy substitution tag',
    shape: '<%…%>',
    source: 'SendGrid "<%asm_group_unsubscribe_raw_url%>"; reference/email-platforms.md',
  },
  freemarker: {
    label: 'FreeMarker interpolation',
    shape: '${…}',
    source: 'freemarker.apache.org interpolations; rules.md',
  },
  smarty: {
    label: 'Smarty-style tag (MailerLite)',
    shape: '{$…}',
    source: 'MailerLite "{$unsubscribe}"; reference/email-platforms.md',
  },
  hash: {
    label: 'interpolation tag',
    shape: '#{…}',
    source: 'rules.md ("#{…}")',
  },
  percent: {
    label: 'Mailgun / ActiveCampaign variable',
    shape: '%…%',
    source:
      'Mailgun "%recipient.x%", "%unsubscribe_url%"; ActiveCampaign "%UNSUBSCRIBELINK%"; reference/email-platforms.md',
  },
};
