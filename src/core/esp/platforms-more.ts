import { domainAndSubdomains as sub } from './domain-pattern';
import type { Platform } from './platform';

/**
 * More platforms for the catalogue (./platforms.ts appends them): self-hosted
 * newsletter tools, CRMs and senders whose mail shows up in real inboxes.
 * Every fact names its public source (a documentation page or repository), or
 * `seen in a real message (…)` for what a sent message in the project's corpus
 * showed, described in words; `unverified` where no source confirmed it.
 */
const SEEN = (what: string): string => `seen in a real message (${what})`;

export const MORE_PLATFORMS: readonly Platform[] = [
  {
    id: 'ghost',
    name: 'Ghost',
    hosts: [],
    shapes: [],
    cnameTargets: [],
    optOut: [],
    mergeTags: [
      {
        pattern: /%%\{\s*unsubscribe_url\s*\}%%/,
        system: 'unsubscribe',
        source:
          'Ghost email renderer replacement %%{unsubscribe_url}%% (https://github.com/TryGhost/Ghost, ghost/core/core/server/services/email-service/email-renderer.js)',
      },
      {
        pattern: /%%\{[A-Za-z_][\w.-]*\}%%/,
        source: 'Ghost email renderer replacements %%{key}%% (https://github.com/TryGhost/Ghost)',
      },
    ],
    headers: [
      {
        name: 'x-mailgun-tag',
        value: /^ghost-email/i,
        source: 'Ghost tags its bulk mail for Mailgun (https://github.com/TryGhost/Ghost, mailgun-client)',
        unverified: true,
      },
    ],
  },
  {
    id: 'mailcoach',
    name: 'Mailcoach',
    hosts: [],
    shapes: [],
    cnameTargets: [],
    optOut: [],
    mergeTags: [
      {
        pattern: /::unsubscribe(?:Url|Tag::[^:]+)::/,
        system: 'unsubscribe',
        source:
          'Mailcoach ::unsubscribeUrl:: (https://mailcoach.app/self-hosted/documentation/v4/audience/unsubscribing-from-a-list)',
      },
      {
        pattern: /::webviewUrl::/,
        system: 'web-version',
        source:
          'Mailcoach ::webviewUrl:: (https://mailcoach.app/self-hosted/documentation/v4/campaigns/creating-custom-placeholders)',
      },
      {
        pattern: /::[A-Za-z][A-Za-z0-9_]*::/,
        source:
          'Mailcoach placeholders (https://mailcoach.app/self-hosted/documentation/v4/campaigns/creating-custom-placeholders)',
      },
    ],
    headers: [
      { name: 'x-mailcoach', source: SEEN('Mailcoach newsletter sent through Mailgun: X-MAILCOACH: 1') },
      { name: 'mailcoach-send-uuid', source: SEEN('Mailcoach newsletter sent through Mailgun') },
    ],
  },
  {
    id: 'listmonk',
    name: 'listmonk',
    hosts: [],
    shapes: [
      {
        kind: 'click',
        path: /^\/link\/[0-9a-f-]{36}\/[0-9a-f-]{36}\/[0-9a-f-]{36}\b/i,
        strength: 'strong',
        source:
          'listmonk link tracking route /link/:url/:campUUID/:subUUID (https://github.com/knadh/listmonk, cmd/handlers.go)',
      },
      {
        kind: 'unsubscribe',
        path: /^\/subscription\/[0-9a-f-]{36}\/[0-9a-f-]{36}\b/i,
        strength: 'strong',
        source:
          'listmonk unsubscribe route /subscription/:campUUID/:subUUID (https://github.com/knadh/listmonk, cmd/handlers.go)',
      },
      {
        kind: 'web-version',
        path: /^\/campaign\/[0-9a-f-]{36}\/[0-9a-f-]{36}\b/i,
        strength: 'strong',
        source:
          'listmonk message view route /campaign/:campUUID/:subUUID (https://github.com/knadh/listmonk, cmd/handlers.go)',
      },
    ],
    cnameTargets: [],
    optOut: [],
    mergeTags: [
      {
        pattern: /\{\{\s*UnsubscribeURL\s*\}\}/,
        system: 'unsubscribe',
        source: 'listmonk {{ UnsubscribeURL }} (https://listmonk.app/docs/templating)',
      },
      {
        pattern: /\{\{\s*MessageURL\s*\}\}/,
        system: 'web-version',
        source: 'listmonk {{ MessageURL }} (https://listmonk.app/docs/templating)',
      },
      {
        pattern: /\{\{\s*(?:TrackLink|TrackView|OptinURL)\b|@TrackLink\b/,
        source:
          'listmonk {{ TrackLink "…" }} and the url@TrackLink shorthand (https://listmonk.app/docs/templating)',
      },
    ],
    headers: [
      {
        name: 'x-listmonk-campaign',
        source: 'listmonk campaign header (https://github.com/knadh/listmonk, internal/manager)',
        unverified: true,
      },
      {
        name: 'x-listmonk-subscriber',
        source: 'listmonk subscriber header (https://github.com/knadh/listmonk, internal/manager)',
        unverified: true,
      },
    ],
  },
  {
    id: 'wp-mail-smtp',
    name: 'WP Mail SMTP (WordPress)',
    infrastructure: true,
    hosts: [],
    shapes: [],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [
      {
        name: 'x-mailer',
        value: /^WPMailSMTP\b/i,
        source: `${SEEN('WordPress newsletter sent by the WP Mail SMTP plugin: X-Mailer WPMailSMTP/Mailer/smtp')}; https://wordpress.org/plugins/wp-mail-smtp/`,
      },
    ],
  },
  {
    id: 'acoustic',
    name: 'Acoustic Campaign (Silverpop)',
    hosts: [],
    shapes: [
      {
        kind: 'click',
        path: /^\/ctt\?kn=\d+&(?:amp;)?ms=/i,
        strength: 'strong',
        source: SEEN('Acoustic campaign: links.e.<domain>/ctt?kn=…&ms=…&r=…&b=…&j=…'),
      },
    ],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [
      {
        name: 'feedback-id',
        value: /:ibmsilverpop$/i,
        source: SEEN('Acoustic campaign: Feedback-ID …:ibmsilverpop'),
      },
      { name: 'x-rpcampaign', value: /^sp\d+/i, source: SEEN('Acoustic campaign: x-rpcampaign sp<id>') },
    ],
  },
  {
    id: 'emarsys',
    name: 'SAP Emarsys',
    hosts: [
      {
        host: sub('emarsys.net'),
        role: 'other',
        source: SEEN('Emarsys list mail: List-Unsubscribe on emarsys.net'),
      },
    ],
    shapes: [],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [
      {
        name: 'return-path',
        value: /emsmtp\.com>?$/i,
        source: SEEN('Emarsys list mail: Return-Path on emsmtp.com'),
      },
      {
        name: 'message-id',
        value: /\.emsmtp\.com>?$/i,
        source: SEEN('Emarsys list mail: Message-ID on emsmtp.com'),
      },
      { name: 'list-unsubscribe', value: /emarsys\.net/i, source: SEEN('Emarsys list mail') },
    ],
  },
  {
    id: 'govdelivery',
    name: 'Granicus GovDelivery',
    hosts: [
      { host: /^lnks\.gd$/, role: 'click', source: SEEN('GovDelivery bulletin: lnks.gd/l/… click links') },
      {
        host: sub('govdelivery.com'),
        role: 'other',
        source: SEEN('GovDelivery bulletin: public.govdelivery.com subscriber pages'),
      },
    ],
    shapes: [
      {
        kind: 'preferences',
        path: /^\/accounts\/[^/]+\/subscriber\//i,
        host: sub('govdelivery.com'),
        strength: 'strong',
        source: SEEN('GovDelivery bulletin: /accounts/<code>/subscriber/edit'),
      },
    ],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [
      {
        name: 'return-path',
        value: /govdelivery\.com>?$/i,
        source: SEEN('GovDelivery bulletin: bounce.public.govdelivery.com'),
      },
      { name: 'x-accountcode', source: 'GovDelivery account header', unverified: true },
    ],
  },
  {
    id: 'iconstituent',
    name: 'iConstituent',
    hosts: [
      {
        host: sub('congressnewsletter.net'),
        role: 'click',
        clickPath: /^\/mail\/util\.cfm\?/i,
        source: SEEN('iConstituent newsletter: <office>.congressnewsletter.net/mail/util.cfm'),
      },
    ],
    shapes: [],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [
      {
        name: 'feedback-id',
        value: /:iConstituent$/i,
        source: SEEN('iConstituent newsletter: Feedback-ID …:iConstituent'),
      },
      { name: 'return-path', value: /congressnewsletter\.net>?$/i, source: SEEN('iConstituent newsletter') },
    ],
  },
  {
    id: 'shopify',
    name: 'Shopify Email',
    hosts: [],
    shapes: [
      {
        kind: 'click',
        path: /^\/_t\/c\/v\d+\/[\w-]{20,}/,
        strength: 'strong',
        source: SEEN('Shopify store mail: <store>/_t/c/v3/<token> click links'),
      },
      {
        kind: 'open',
        path: /^\/_t\/open\//,
        strength: 'strong',
        source: 'Shopify Email open pixel /_t/open/',
        unverified: true,
      },
    ],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [
      { name: 'feedback-id', value: /:shopify$/i, source: SEEN('Shopify store mail: Feedback-Id …:shopify') },
      {
        name: 'message-id',
        value: /@shopify\.com>?$/i,
        source: SEEN('Shopify store mail: Message-ID @shopify.com'),
      },
    ],
  },
  {
    id: 'zoho-campaigns',
    name: 'Zoho Campaigns',
    hosts: [
      {
        host: /(?:^|\.)maillist-manage\.(?:com|eu|in|com\.au|jp|com\.cn)$/,
        role: 'click',
        source:
          'Zoho Campaigns campaign domains maillist-manage.<domain> (https://www.zoho.com/campaigns/cookie-policy.html)',
      },
      {
        host: /(?:^|\.)(?:campaign-view|tell-your-friend)\.(?:com|eu|in|com\.au|jp|com\.cn)$/,
        role: 'other',
        source:
          'Zoho Campaigns web view and forward domains (https://www.zoho.com/campaigns/cookie-policy.html)',
      },
    ],
    shapes: [],
    cnameTargets: [],
    optOut: [],
    mergeTags: [
      {
        pattern: /\$\[[A-Za-z_][\w:|. -]*\]\$/,
        source:
          'Zoho Campaigns merge tags $[LI:FIRSTNAME]$ (https://www.zoho.com/campaigns/help/merge-tags.html)',
        unverified: true,
      },
    ],
    headers: [
      {
        name: 'x-mailer',
        value: /zoho\s*campaigns|zcsend/i,
        source: 'Zoho Campaigns X-Mailer',
        unverified: true,
      },
    ],
  },
  {
    id: 'eloqua',
    name: 'Oracle Eloqua',
    hosts: [
      {
        host: /^s\d+\.t\.eloqua\.com$/,
        role: 'click',
        source:
          'Eloqua tracking host s<pod>.t.eloqua.com (https://docs.oracle.com/en/cloud/saas/marketing/eloqua-user/Help/EmailAddresses/LinkTracking.htm)',
        unverified: true,
      },
      { host: sub('eloqua.com'), role: 'other', source: 'Eloqua pages on eloqua.com', unverified: true },
    ],
    shapes: [],
    cnameTargets: [],
    optOut: [],
    mergeTags: [
      {
        pattern: /~~eloqua\.\.[^~\s]*~~/i,
        source:
          'Eloqua field merges ~~eloqua..type--emailfield..syntax--…~~ (https://docs.oracle.com/en/cloud/saas/marketing/eloqua-user/Help/FieldMerges/FieldMerges.htm)',
      },
    ],
    headers: [{ name: 'x-elqsiteid', source: 'Eloqua site header', unverified: true }],
    queryParameters: [
      {
        name: 'elqTrackId',
        source:
          'Eloqua adds elqTrackId to tracked links (https://docs.oracle.com/en/cloud/saas/marketing/eloqua-user/Help/EmailAddresses/LinkTracking.htm)',
      },
    ],
  },
  {
    id: 'reachmail',
    name: 'ReachMail',
    hosts: [
      {
        host: sub('reachmail.net'),
        role: 'click',
        source: 'ReachMail sending and tracking domain reachmail.net (https://www.reachmail.net)',
        unverified: true,
      },
    ],
    shapes: [],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [
      { name: 'x-mailer', value: /reachmail/i, source: 'ReachMail X-Mailer', unverified: true },
      {
        name: 'return-path',
        value: /reachmail\.net>?$/i,
        source: 'ReachMail bounce domain',
        unverified: true,
      },
    ],
  },
  {
    id: 'moosend',
    name: 'Moosend',
    hosts: [
      {
        host: sub('moosend.com'),
        role: 'other',
        source: 'Moosend pages on moosend.com (https://moosend.com)',
        unverified: true,
      },
    ],
    shapes: [],
    cnameTargets: [],
    optOut: [],
    mergeTags: [
      {
        pattern: /#unsubscribeLink#/i,
        system: 'unsubscribe',
        source: 'Moosend #unsubscribeLink# personalization tag (https://help.moosend.com)',
        unverified: true,
      },
    ],
    headers: [{ name: 'x-mailer', value: /moosend/i, source: 'Moosend X-Mailer', unverified: true }],
  },
  {
    id: 'omnisend',
    name: 'Omnisend',
    hosts: [
      {
        host: /^(?:click|link)\.omnisend\.com$/,
        role: 'click',
        source: 'Omnisend tracking host (https://www.omnisend.com)',
        unverified: true,
      },
      {
        host: sub('omnisrv.com'),
        role: 'click',
        source: 'Omnisend tracking domain omnisrv.com',
        unverified: true,
      },
    ],
    shapes: [],
    cnameTargets: [],
    optOut: [],
    mergeTags: [
      {
        pattern: /\[\[\s*unsubscribeLink\s*\]\]/i,
        system: 'unsubscribe',
        source: 'Omnisend [[unsubscribeLink]] (https://support.omnisend.com)',
        unverified: true,
      },
    ],
    headers: [{ name: 'x-omnisend-*', source: 'Omnisend message headers', unverified: true }],
  },
  {
    id: 'drip',
    name: 'Drip',
    hosts: [
      {
        host: /(?:^|\.)dripemail\d*\.com$/,
        role: 'click',
        source: 'Drip sending and tracking domains dripemail2.com (https://www.drip.com)',
        unverified: true,
      },
    ],
    shapes: [],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [{ name: 'x-drip-*', source: 'Drip message headers', unverified: true }],
  },
  {
    id: 'sendy',
    name: 'Sendy',
    hosts: [],
    shapes: [
      {
        kind: 'click',
        path: /^(?:\/[\w.-]+)*\/l\/[A-Za-z0-9]{10,}\/[A-Za-z0-9]{10,}\/[A-Za-z0-9]{10,}$/,
        strength: 'weak',
        source: 'Sendy self-hosted click route /l/<…>/<…>/<…> (https://sendy.co)',
        unverified: true,
      },
    ],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [{ name: 'x-mailer', value: /\bsendy\b/i, source: 'Sendy X-Mailer', unverified: true }],
  },
  {
    id: 'aweber',
    name: 'AWeber',
    hosts: [
      {
        host: /^clicks\.aweber\.com$/,
        role: 'click',
        source: 'AWeber click tracking host clicks.aweber.com (https://help.aweber.com)',
        unverified: true,
      },
    ],
    shapes: [],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [{ name: 'x-mailer', value: /aweber/i, source: 'AWeber X-Mailer', unverified: true }],
  },
  {
    id: 'adobe-campaign',
    name: 'Adobe Campaign',
    hosts: [],
    shapes: [
      {
        kind: 'click',
        path: /^\/r\/\?id=[ht][0-9a-f]+,[0-9a-f]+,[0-9a-f]+/i,
        strength: 'strong',
        source:
          'Adobe Campaign redirection URL /r/?id=h<hex>,<hex>,<hex> (https://experienceleague.adobe.com/en/docs/campaign/campaign-v8/analytics/tracking/personalized-links)',
      },
    ],
    cnameTargets: [],
    optOut: [],
    mergeTags: [
      {
        pattern: /<%@?\s*(?:=|value\b|include\b)/,
        source:
          'Adobe Campaign personalization <%= … %> (https://experienceleague.adobe.com/en/docs/campaign/campaign-v8/analytics/tracking/personalized-links)',
      },
    ],
    headers: [],
  },
  {
    id: 'dittofeed',
    name: 'Dittofeed',
    hosts: [],
    shapes: [],
    cnameTargets: [],
    optOut: [],
    mergeTags: [
      {
        pattern: /\{%\s*unsubscribe_link\b/,
        system: 'unsubscribe',
        source:
          'Dittofeed {% unsubscribe_link %} (https://docs.dittofeed.com/resources/templates/liquid-presets)',
      },
    ],
    headers: [],
  },
  {
    id: 'questionpro',
    name: 'QuestionPro',
    hosts: [],
    shapes: [],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [
      {
        name: 'feedback-id',
        value: /:QuestionPro$/i,
        source: SEEN('QuestionPro survey invitation: Feedback-ID …:QuestionPro'),
      },
      {
        name: 'return-path',
        value: /qp-mail\.com>?$/i,
        source: SEEN('QuestionPro survey invitation: bounce domain qp-mail.com'),
      },
    ],
  },
  {
    id: 'kajabi',
    name: 'Kajabi',
    hosts: [],
    shapes: [],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [
      {
        name: 'message-id',
        value: /@[\w.-]*kajabimail\.net>?$/i,
        source: SEEN('Kajabi mail sent through Mailgun: Message-Id on kajabimail.net'),
      },
      {
        name: 'dkim-signature',
        value: /\bd=[\w.-]*kajabimail\.net\b/i,
        source: SEEN('Kajabi mail: DKIM d= on kajabimail.net'),
      },
    ],
  },
];
