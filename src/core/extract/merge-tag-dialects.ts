import type { MergeTagDialect } from '../types';

export interface MergeTagDialectInfo {
  /** How the dialect is named in messages. */
  label: string;
  /** The delimiters, as a marketer would recognise them. */
  shape: string;
  /** Where the syntax is documented or seen. */
  source: string;
}

/** The merge-tag dialects of docs/contracts/rules.md, named for messages. */
export const MERGE_TAG_DIALECTS: Readonly<Record<MergeTagDialect, MergeTagDialectInfo>> = {
  mailchimp: {
    label: 'Mailchimp merge tag',
    shape: '*|…|*',
    source: 'Mailchimp "All the merge tags cheat sheet"',
  },
  handlebars: {
    label: 'Handlebars / Liquid tag',
    shape: '{{…}}',
    source: 'handlebarsjs.com expressions; SendGrid dynamic templates',
  },
  liquid: {
    label: 'Liquid / HubL / Klaviyo tag',
    shape: '{%…%}',
    source: 'shopify.github.io/liquid tags; Klaviyo "{% unsubscribe %}"',
  },
  ampscript: {
    label: 'Salesforce Marketing Cloud (AMPscript) tag',
    shape: '%%…%%',
    source: 'Salesforce Marketing Cloud AMPscript and personalization strings',
  },
  bracket: {
    label: 'bracket tag (Campaign Monitor, Inxmail)',
    shape: '[…]',
    source:
      'Campaign Monitor personalization tags "[firstname,fallback=]"; Inxmail "[field]" seen in received mail',
  },
  'double-bracket': {
    label: 'Mailjet tag',
    shape: '[[…]]',
    source: 'Mailjet "[[UNSUB_LINK_EN]]", "[[PERMALINK]]"',
  },
  'sendgrid-legacy': {
    label: 'SendGrid legacy substitution tag',
    shape: '<%…%>',
    source: 'SendGrid "<%asm_group_unsubscribe_raw_url%>"',
  },
  freemarker: {
    label: 'FreeMarker interpolation',
    shape: '${…}',
    source: 'freemarker.apache.org interpolations; docs/contracts/rules.md',
  },
  smarty: {
    label: 'Smarty-style tag (MailerLite)',
    shape: '{$…}',
    source: 'MailerLite "{$unsubscribe}"',
  },
  hash: {
    label: 'interpolation tag',
    shape: '#{…}',
    source: 'docs/contracts/rules.md ("#{…}")',
  },
  ghost: {
    label: 'Ghost replacement string',
    shape: '%%{…}%%',
    source:
      'Ghost email renderer replacements such as %%{unsubscribe_url}%% (https://github.com/TryGhost/Ghost, ghost/core/core/server/services/email-service/email-renderer.js)',
  },
  mailcoach: {
    label: 'Mailcoach placeholder',
    shape: '::…::',
    source:
      'Mailcoach "::unsubscribeUrl::", "::webviewUrl::" (https://mailcoach.app/self-hosted/documentation/v4/audience/unsubscribing-from-a-list)',
  },
  listmonk: {
    label: 'listmonk TrackLink shorthand',
    shape: '…@TrackLink',
    source:
      'listmonk templating, "TrackLink" and the "@TrackLink" shorthand (https://listmonk.app/docs/templating)',
  },
  eloqua: {
    label: 'Oracle Eloqua field merge',
    shape: '~~eloqua..…~~',
    source:
      'Oracle Eloqua field merges in links, "~~eloqua..type--emailfield..syntax--…~~" (https://docs.oracle.com/en/cloud/saas/marketing/eloqua-user/Help/FieldMerges/FieldMerges.htm)',
  },
  zoho: {
    label: 'Zoho Campaigns merge tag',
    shape: '$[…]$',
    source:
      'Zoho Campaigns merge tags such as $[LI:FIRSTNAME]$ (https://www.zoho.com/campaigns/help/merge-tags.html)',
  },
  percent: {
    label: 'Mailgun / ActiveCampaign variable',
    shape: '%…%',
    source: 'Mailgun "%recipient.x%", "%unsubscribe_url%"; ActiveCampaign "%UNSUBSCRIBELINK%"',
  },
};
