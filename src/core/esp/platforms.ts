/**
 * The email-platform catalogue: how each platform's click-tracking links,
 * system links, open pixels, opt-out attributes, merge tags and headers look.
 * Facts come from the platforms' own documentation (which names the public
 * source of each), from sample messages of the project's corpus, or are marked
 * `unverified` (seen commonly, but no source at hand confirmed them).
 */

import { domainAndSubdomains as sub } from './domain-pattern';
import type { Platform } from './platform';
import { MORE_PLATFORMS } from './platforms-more';

const REF = 'platform documentation';
const SEEN = (sample: string): string => `seen in a real message (${sample})`;

export const PLATFORMS: readonly Platform[] = [
  {
    id: 'mailchimp',
    name: 'Mailchimp',
    hosts: [
      {
        host: sub('list-manage.com'),
        role: 'click',
        clickPath: /^\/track\/click\?/,
        source: `${REF}: Mailchimp <acct>.usN.list-manage.com/track/click`,
      },
      { host: sub('mailchi.mp'), role: 'other', source: SEEN('SpamScope mail_test_13: campaign page') },
      {
        host: sub('campaign-archive.com'),
        role: 'other',
        source: 'Mailchimp campaign archive pages',
        unverified: true,
      },
    ],
    shapes: [
      {
        kind: 'click',
        path: /^\/track\/click\?u=[0-9a-f]+&(?:amp;)?id=/i,
        strength: 'strong',
        source: `${REF}: /track/click?u=&id=&e=`,
      },
      {
        kind: 'open',
        path: /^\/track\/open\.php\?u=/i,
        host: sub('list-manage.com'),
        strength: 'strong',
        source: 'Mailchimp open pixel /track/open.php',
        unverified: true,
      },
      {
        kind: 'unsubscribe',
        path: /^\/unsubscribe\b/i,
        host: sub('list-manage.com'),
        strength: 'strong',
        source: SEEN('SpamScope mail_test_13: List-Unsubscribe'),
      },
      {
        kind: 'preferences',
        path: /^\/profile\b/i,
        host: sub('list-manage.com'),
        strength: 'strong',
        source: 'Mailchimp *|UPDATE_PROFILE|* page',
        unverified: true,
      },
      {
        kind: 'web-version',
        path: /^\//,
        host: /(?:^|\.)(?:mailchi\.mp|campaign-archive\.com)$/,
        strength: 'strong',
        source: `${REF}: *|ARCHIVE|*; ${SEEN('SpamScope mail_test_13')}`,
      },
    ],
    cnameTargets: [],
    optOut: [{ name: 'mc:disable-tracking', source: `${REF}: Mailchimp mc:disable-tracking` }],
    mergeTags: [
      { pattern: /\*\|\s*UNSUB[^|]*\|\*/i, system: 'unsubscribe', source: `${REF}: *|UNSUB|*` },
      {
        pattern: /\*\|\s*UPDATE_PROFILE\s*\|\*/i,
        system: 'preferences',
        source: `${REF}: *|UPDATE_PROFILE|*`,
      },
      { pattern: /\*\|\s*ARCHIVE\s*\|\*/i, system: 'web-version', source: `${REF}: *|ARCHIVE|*` },
      { pattern: /\*\|[^|*\s][^|]*\|\*/, source: `${REF}: Mailchimp *|TAG|*` },
    ],
    headers: [
      { name: 'x-mc-user', source: SEEN('SpamScope mail_test_13') },
      { name: 'x-mailer', value: /mailchimp/i, source: SEEN('SpamScope mail_test_13') },
      { name: 'feedback-id', value: /:mc$/i, source: SEEN('SpamScope mail_test_13') },
      { name: 'list-id', value: /\.mcsv\.net>?$/i, source: SEEN('SpamScope mail_test_13') },
    ],
  },
  {
    id: 'mandrill',
    name: 'Mailchimp Transactional (Mandrill)',
    hosts: [
      {
        host: sub('mandrillapp.com'),
        role: 'click',
        clickPath: /^\/track\/click\//,
        source: `${REF}: mandrillapp.com/track/click/…?p=`,
      },
    ],
    shapes: [
      {
        kind: 'click',
        path: /^\/track\/click\/\d+\/[^?]+\?p=/i,
        strength: 'strong',
        source: `${REF}: mandrillapp.com/track/click/…?p=<base64 JSON>`,
      },
      {
        kind: 'open',
        path: /^\/track\/open\.php\?u=/i,
        host: sub('mandrillapp.com'),
        strength: 'strong',
        source: 'Mandrill open pixel /track/open.php',
        unverified: true,
      },
      {
        kind: 'unsubscribe',
        path: /^\/track\/unsub\.php\?/i,
        strength: 'strong',
        source: 'Mandrill unsubscribe /track/unsub.php',
        unverified: true,
      },
    ],
    cnameTargets: [
      { name: sub('mandrillapp.com'), shown: 'mandrillapp.com', source: 'Mandrill support 360038797994' },
    ],
    optOut: [{ name: 'mc:disable-tracking', source: `${REF}: Mandrill mc:disable-tracking` }],
    mergeTags: [
      {
        pattern: /\*\|\s*UNSUB:https?:[^|]*\|\*/i,
        system: 'unsubscribe',
        source: `${REF}: *|UNSUB:https://…|*`,
      },
    ],
    headers: [
      { name: 'x-mandrill-user', source: SEEN('enmime ctype-bug.raw') },
      { name: 'dkim-signature', value: /\bd=mandrillapp\.com\b/i, source: SEEN('enmime ctype-bug.raw') },
      { name: 'x-report-abuse', value: /mandrill/i, source: SEEN('enmime ctype-bug.raw') },
    ],
  },
  {
    id: 'sendgrid',
    name: 'SendGrid',
    infrastructure: true,
    hosts: [
      {
        host: sub('sendgrid.net'),
        role: 'click',
        clickPath: /^\/(?:ls|wf|uni)\//,
        source: `${REF}: u<uid>.ct.sendgrid.net/ls/click?upn=`,
      },
    ],
    shapes: [
      {
        kind: 'click',
        path: /^\/(?:uni\/)?ls\/click\?upn=/i,
        strength: 'strong',
        source: `${REF}: /ls/click?upn=`,
      },
      {
        kind: 'click',
        path: /^\/(?:uni\/)?wf\/click\?upn=/i,
        strength: 'strong',
        source: `${REF}: /uni/wf/click`,
      },
      { kind: 'open', path: /^\/(?:uni\/)?wf\/open\?upn=/i, strength: 'strong', source: `${REF}: /wf/open` },
      {
        kind: 'unsubscribe',
        path: /^\/(?:uni\/)?(?:asm\/unsubscribe|wf\/unsubscribe)\b/i,
        strength: 'strong',
        source: `${REF}: /asm/unsubscribe`,
      },
      {
        kind: 'preferences',
        path: /^\/(?:uni\/)?asm\//i,
        strength: 'strong',
        source: `${REF}: /asm/ group pages`,
      },
    ],
    cnameTargets: [
      { name: sub('sendgrid.net'), shown: 'sendgrid.net', source: 'SendGrid support 55419969558427' },
    ],
    optOut: [
      {
        name: 'clicktracking',
        value: 'off',
        source: 'SendGrid docs "click tracking HTML best practices"',
      },
    ],
    mergeTags: [
      {
        pattern: /<%\s*asm_(?:group|global)_unsubscribe_raw_url\s*%>/i,
        system: 'unsubscribe',
        source: `${REF}: <%asm_group_unsubscribe_raw_url%>`,
      },
      {
        pattern: /<%\s*asm_preferences_raw_url\s*%>/i,
        system: 'preferences',
        source: 'SendGrid unsubscribe groups substitution tags',
        unverified: true,
      },
      {
        pattern: /\{\{\{\s*unsubscribe\s*\}\}\}/i,
        system: 'unsubscribe',
        source: `${REF}: SendGrid {{{unsubscribe}}}`,
      },
      { pattern: /<%[\s\S]*?%>/, source: `${REF}: SendGrid legacy <% %>` },
    ],
    headers: [
      { name: 'x-sg-eid', source: SEEN('phishing_pot sample-1010') },
      { name: 'x-sg-id', source: SEEN('phishing_pot sample-1010') },
      {
        name: 'message-id',
        value: /@geopod-ismtpd-/i,
        source: SEEN('phishing_pot sample-1010, sample-2153'),
      },
      { name: 'return-path', value: /sendgrid\.net/i, source: 'SendGrid bounce domain', unverified: true },
    ],
  },
  {
    id: 'mailgun',
    name: 'Mailgun',
    infrastructure: true,
    hosts: [],
    shapes: [
      {
        kind: 'click',
        path: /^\/c\/eJ[\w-]{20,}/,
        strength: 'strong',
        source: SEEN('phishing_pot sample-5843 and sample-5458: /c/eJ… (a zlib token in base64)'),
      },
      {
        kind: 'click',
        path: /^\/c\/[\w-]{16,}/,
        strength: 'weak',
        source: `${REF}: email.<domain>/c/<token>`,
        unverified: true,
      },
      {
        kind: 'open',
        path: /^\/o\/[\w-]{16,}/,
        strength: 'weak',
        source: 'Mailgun open pixel /o/<token>',
        unverified: true,
      },
      {
        kind: 'unsubscribe',
        path: /^\/u\/[\w-]{16,}/,
        strength: 'weak',
        source: 'Mailgun unsubscribe /u/<token>',
        unverified: true,
      },
    ],
    cnameTargets: [
      {
        name: /^(?:eu\.)?mailgun\.org$/,
        shown: 'mailgun.org or eu.mailgun.org',
        source: 'Mailgun help 360011566033',
      },
    ],
    optOut: [{ name: 'disable-tracking', source: 'mailgun/documentation#610' }],
    mergeTags: [
      {
        pattern: /%(?:tag_|mailing_list_)?unsubscribe_url%/i,
        system: 'unsubscribe',
        source: `${REF}: %unsubscribe_url%`,
      },
      { pattern: /%recipient\.[\w-]+%/i, source: `${REF}: %recipient.x%` },
    ],
    headers: [
      { name: 'x-mailgun-sid', source: SEEN('phishing_pot sample-5843') },
      // Not X-Mailgun-* as a whole: Mailgun adds X-Mailgun-Incoming, -Sflag, -Spf … to mail it receives.
      {
        name: 'x-mailgun-sending-*',
        source: SEEN('phishing_pot sample-5843: X-Mailgun-Sending-Ip, -Ip-Pool'),
      },
      { name: 'x-mailgun-batch-id', source: SEEN('phishing_pot sample-5843') },
      { name: 'x-mailgun-tag', source: SEEN('phishing_pot sample-5843') },
      { name: 'x-mailgun-variables', source: SEEN('phishing_pot sample-5843') },
    ],
  },
  {
    id: 'amazon-ses',
    name: 'Amazon SES',
    infrastructure: true,
    hosts: [
      {
        host: sub('awstrack.me'),
        role: 'click',
        clickPath: /^\/L\d\//,
        source: `${REF}: <id>.r.<region>.awstrack.me/L0/…`,
      },
    ],
    shapes: [
      {
        kind: 'click',
        path: /^\/L0\/https?%3A/i,
        strength: 'strong',
        source: `${REF}: /L0/<percent-encoded destination>`,
      },
      {
        kind: 'open',
        path: /^\/I0\//,
        host: sub('awstrack.me'),
        strength: 'strong',
        source: 'SES open pixel /I0/',
        unverified: true,
      },
    ],
    cnameTargets: [
      {
        name: sub('awstrack.me'),
        shown: 'r.<region>.awstrack.me',
        source: 'SES guide "configure custom open and click domains"',
      },
    ],
    optOut: [{ name: 'ses:no-track', source: `${REF}: SES ses:no-track (PostHog/posthog.com#19088)` }],
    mergeTags: [],
    headers: [
      { name: 'x-ses-outgoing', source: SEEN('phishing_pot sample-1352') },
      // Not X-SES-* as a whole: SES adds X-SES-Receipt and verdicts to mail it receives.
      { name: 'x-ses-configuration-set', source: 'brief: X-SES-*', unverified: true },
      {
        name: 'feedback-id',
        value: /:AmazonSES$|amazonses\.com/i,
        source: 'SES Feedback-ID',
        unverified: true,
      },
      { name: 'message-id', value: /amazonses\.com/i, source: 'SES Message-ID', unverified: true },
      { name: 'return-path', value: /amazonses\.com/i, source: 'SES bounce address', unverified: true },
    ],
  },
  {
    id: 'postmark',
    name: 'Postmark',
    hosts: [{ host: sub('pstmrk.it'), role: 'click', source: `${REF}: click.pstmrk.it/…` }],
    shapes: [],
    cnameTargets: [
      {
        name: sub('pstmrk.it'),
        shown: 'track.pstmrk.it',
        source: 'Postmark custom tracking domain DNS settings',
        unverified: true,
      },
    ],
    optOut: [{ name: 'data-pm-no-track', source: `${REF}: Postmark data-pm-no-track` }],
    mergeTags: [
      {
        pattern: /\{\{\{?\s*pm:unsubscribe\s*\}?\}\}/i,
        system: 'unsubscribe',
        source: `${REF}: {{{ pm:unsubscribe }}}`,
      },
    ],
    headers: [
      { name: 'x-pm-message-id', source: 'brief: X-PM-*', unverified: true },
      { name: 'x-pm-*', source: 'brief: X-PM-*', unverified: true },
    ],
  },
  {
    id: 'sparkpost',
    name: 'SparkPost',
    infrastructure: true,
    hosts: [{ host: sub('spgo.io'), role: 'click', source: `${REF}: spgo.io/e/<token>` }],
    shapes: [
      {
        kind: 'click',
        path: /^\/f\/a\/[\w-]+~~\//,
        strength: 'strong',
        source: 'SparkPost tracked link /f/a/…~~/',
        unverified: true,
      },
      {
        kind: 'open',
        path: /^\/q\/[\w-]+~~\//,
        strength: 'strong',
        source: 'SparkPost open pixel /q/…~~/',
        unverified: true,
      },
    ],
    cnameTargets: [
      { name: sub('spgo.io'), shown: 'spgo.io or eu.spgo.io', source: 'SparkPost API "tracking domains"' },
    ],
    optOut: [
      { name: 'data-msys-clicktrack', value: '0', source: `${REF}: SparkPost data-msys-clicktrack="0"` },
    ],
    mergeTags: [],
    headers: [
      { name: 'x-msys-api', source: 'SparkPost message header', unverified: true },
      {
        name: 'return-path',
        value: /^<?msprvs1=/i,
        source: SEEN('phishing_pot sample-4930: msprvs1= bounce address'),
      },
      { name: 'x-msfbl', source: 'SparkPost feedback header', unverified: true },
    ],
  },
  {
    id: 'hubspot',
    name: 'HubSpot',
    hosts: [
      {
        host: sub('hubspotlinks.com'),
        role: 'click',
        source: `${REF}: *.hubspotlinks.com`,
        unverified: true,
      },
      { host: sub('hubspotemail.net'), role: 'other', source: 'HubSpot email assets', unverified: true },
    ],
    shapes: [
      {
        kind: 'click',
        path: /^\/(?:e3t\/)?Ctc\//,
        strength: 'strong',
        source: 'HubSpot tracked link /Ctc/',
        unverified: true,
      },
      {
        kind: 'open',
        path: /^\/(?:e3t\/)?Cto\//,
        strength: 'strong',
        source: 'HubSpot open pixel /Cto/',
        unverified: true,
      },
      {
        kind: 'preferences',
        path: /^\/hs\/manage-preferences\//,
        strength: 'strong',
        source: SEEN(
          'phishing_pot sample-1370: hs-<id>.s.hubspotemail.net/hs/manage-preferences/unsubscribe',
        ),
      },
    ],
    cnameTargets: [],
    optOut: [],
    mergeTags: [
      {
        pattern: /\{\{\s*unsubscribe_link(?:_all)?\s*\}\}/i,
        system: 'unsubscribe',
        source: `${REF}: {{ unsubscribe_link }}`,
      },
      { pattern: /\{\{\s*contact\.[a-z]/, source: `${REF}: {{ contact.firstname }}` },
      {
        pattern: /\{\{\s*view_as_page_url\s*\}\}/i,
        system: 'web-version',
        source:
          'HubL email variable view_as_page_url (https://developers.hubspot.com/docs/cms/hubl/variables)',
      },
    ],
    headers: [{ name: 'x-hs-cid', source: 'HubSpot message header', unverified: true }],
  },
  {
    id: 'klaviyo',
    name: 'Klaviyo',
    hosts: [
      {
        host: /(?:^|\.)klclick\d*\.com$/,
        role: 'click',
        source: `${REF}: trk.klclick.com`,
        unverified: true,
      },
    ],
    shapes: [],
    cnameTargets: [],
    optOut: [],
    mergeTags: [
      {
        pattern: /\{%\s*unsubscribe(?:_url|_link)?\s*%\}/i,
        system: 'unsubscribe',
        source: `${REF}: {% unsubscribe %}`,
      },
      {
        pattern: /\{%\s*manage_preferences(?:_url|_link)?\s*%\}/i,
        system: 'preferences',
        source: 'Klaviyo template tags',
        unverified: true,
      },
      {
        pattern: /\{%\s*web_view(?:_url|_link)?\s*%\}/i,
        system: 'web-version',
        source: 'Klaviyo template tags',
        unverified: true,
      },
      { pattern: /\|default:/, source: `${REF}: {{ first_name|default:'' }}` },
    ],
    headers: [
      { name: 'x-kmail-account', source: SEEN('unspy klaviyo katjes, phishing_pot sample-2153') },
      { name: 'x-kmail-message', source: SEEN('unspy klaviyo katjes, phishing_pot sample-2153') },
    ],
    queryParameters: [{ name: '_kx', source: `${REF}: _kx parameter added to destinations` }],
  },
  {
    id: 'salesforce-mc',
    name: 'Salesforce Marketing Cloud',
    hosts: [{ host: sub('exct.net'), role: 'click', source: `${REF}: cl.exct.net/?qs=<id>` }],
    shapes: [
      {
        kind: 'click',
        path: /^\/\?qs=[0-9a-f]{20,}/i,
        strength: 'strong',
        source: `${REF}: click.<domain>/?qs=`,
      },
      {
        kind: 'open',
        path: /^\/open\.aspx\?/i,
        strength: 'strong',
        source: 'Marketing Cloud open pixel',
        unverified: true,
      },
      {
        kind: 'web-version',
        path: /^\/\?qs=/i,
        host: /^view\./,
        strength: 'strong',
        source: 'Marketing Cloud view.<domain>',
        unverified: true,
      },
      {
        kind: 'unsubscribe',
        path: /^\/(?:unsub_center|subscription_center)\.aspx/i,
        strength: 'strong',
        source: 'Marketing Cloud subscription centre',
        unverified: true,
      },
    ],
    cnameTargets: [],
    optOut: [],
    mergeTags: [
      {
        pattern: /%%\s*(?:unsub_center_url|unsubscribe)\s*%%/i,
        system: 'unsubscribe',
        source: `${REF}: %%unsub_center_url%%`,
      },
      {
        pattern: /%%\s*profile_center_url\s*%%/i,
        system: 'preferences',
        source: 'AMPscript personalization strings',
        unverified: true,
      },
      { pattern: /%%\s*view_email_url\s*%%/i, system: 'web-version', source: `${REF}: %%view_email_url%%` },
      { pattern: /%%=[\s\S]*?=%%|%%\[[\s\S]*?\]%%/, source: `${REF}: %%=RedirectTo(@url)=%%` },
    ],
    headers: [
      { name: 'x-sfmc-stack', source: SEEN('phishing_pot sample-2648') },
      // `<job>_<batch>`: Acoustic's x-job is a bare number.
      { name: 'x-job', value: /^\d+_\d+$/, source: SEEN('phishing_pot sample-2648') },
      { name: 'x-csa-compliance-source', value: /SFMC/i, source: SEEN('phishing_pot sample-2648') },
    ],
  },
  {
    id: 'braze',
    name: 'Braze',
    hosts: [],
    shapes: [],
    cnameTargets: [],
    optOut: [],
    mergeTags: [{ pattern: /\{\{\s*\$\{[\w.]+\}/, source: `${REF}: Liquid {{\${first_name}}}` }],
    headers: [{ name: 'x-braze-campaign-id', source: 'Braze message header', unverified: true }],
  },
  {
    id: 'iterable',
    name: 'Iterable',
    hosts: [
      {
        host: /^links\.(?:eu\.)?iterable\.com$/,
        role: 'click',
        source: `${REF}: links.iterable.com, links.eu.iterable.com`,
      },
    ],
    shapes: [
      {
        kind: 'click',
        path: /^\/[ae]\/click\?_t=/,
        strength: 'strong',
        source: 'Iterable tracked link /a/click?_t=',
        unverified: true,
      },
      {
        kind: 'open',
        path: /^\/[ae]\/open\?_t=/,
        strength: 'strong',
        source: 'Iterable open pixel',
        unverified: true,
      },
    ],
    cnameTargets: [],
    optOut: [],
    mergeTags: [
      {
        // Case kept: listmonk's {{ UnsubscribeURL }} is another platform's tag.
        pattern: /\{\{\s*(?:hostedU|u)nsubscribeUrl\s*\}\}/,
        system: 'unsubscribe',
        source: `${REF}: {{unsubscribeUrl}}`,
      },
      {
        pattern: /\{\{\s*viewInBrowserUrl\s*\}\}/,
        system: 'web-version',
        source: 'Iterable merge parameters',
        unverified: true,
      },
    ],
    headers: [
      {
        name: 'feedback-id',
        value: /:iterable$/i,
        source: SEEN('Iterable newsletter sent through SparkPost: Feedback-ID …:iterable'),
      },
    ],
  },
  {
    id: 'customer-io',
    name: 'Customer.io',
    hosts: [
      {
        host: sub('customeriomail.com'),
        role: 'click',
        source: 'Customer.io tracking host',
        unverified: true,
      },
    ],
    shapes: [
      {
        kind: 'click',
        path: /^\/e\/c\/[\w.-]{20,}/,
        strength: 'strong',
        source: 'Customer.io tracked link /e/c/',
        unverified: true,
      },
      {
        kind: 'open',
        path: /^\/e\/o\/[\w.-]{20,}/,
        strength: 'strong',
        source: 'Customer.io open pixel /e/o/',
        unverified: true,
      },
    ],
    cnameTargets: [
      {
        name: /^e(?:-eu)?\.customeriomail\.com$/,
        shown: 'e.customeriomail.com or e-eu.customeriomail.com',
        source: `${REF}: CNAME e.customeriomail.com`,
      },
    ],
    optOut: [{ name: 'class', value: 'untracked', source: `${REF}: Customer.io class="untracked"` }],
    mergeTags: [
      {
        pattern: /\{%\s*unsubscribe_url\s*%\}|\{\{\s*unsubscribe_url\s*\}\}/i,
        system: 'unsubscribe',
        source: 'Customer.io Liquid',
        unverified: true,
      },
    ],
    headers: [],
  },
  {
    id: 'brevo',
    name: 'Brevo (Sendinblue)',
    hosts: [
      {
        host: /(?:^|\.)(?:sp1-brevo\.net|sendibt\d*\.com)$/,
        role: 'click',
        source: `${REF}: *.r.sp1-brevo.net, sendibt2.com, sendibt3.com`,
      },
      { host: /(?:^|\.)sendibm\d*\.com$/, role: 'other', source: 'Brevo open-pixel hosts', unverified: true },
    ],
    shapes: [
      { kind: 'click', path: /^\/mk\/cl\/f\//, strength: 'strong', source: `${REF}: /mk/cl/f/…` },
      {
        kind: 'click',
        path: /^\/tr\/cl\/[\w-]{20,}/,
        strength: 'strong',
        source: SEEN('unspy sendinblue trusted-shops'),
      },
      {
        kind: 'open',
        path: /^\/tr\/op\/[\w-]{20,}/,
        strength: 'strong',
        source: SEEN('unspy sendinblue trusted-shops'),
      },
      {
        kind: 'unsubscribe',
        path: /^\/tr\/un\/[\w-]{20,}/,
        strength: 'strong',
        source: SEEN('unspy sendinblue trusted-shops'),
      },
      {
        kind: 'preferences',
        path: /^\/tr\/up\/[\w-]{20,}/,
        strength: 'strong',
        source: SEEN('unspy sendinblue trusted-shops'),
      },
      {
        kind: 'web-version',
        path: /^\/tr\/mr\/[\w-]{20,}/,
        strength: 'strong',
        source: SEEN('unspy sendinblue trusted-shops'),
      },
      {
        kind: 'open',
        path: /^\/(?:mk\/op|tr\/op)\//,
        strength: 'strong',
        source: 'Brevo open pixel',
        unverified: true,
      },
      {
        kind: 'unsubscribe',
        path: /^\/mk\/un\//,
        strength: 'strong',
        source: 'Brevo unsubscribe',
        unverified: true,
      },
      {
        kind: 'web-version',
        path: /^\/mk\/mr\//,
        strength: 'strong',
        source: 'Brevo mirror (web version)',
        unverified: true,
      },
    ],
    cnameTargets: [],
    optOut: [],
    mergeTags: [
      { pattern: /\{\{\s*unsubscribe\s*\}\}/i, system: 'unsubscribe', source: `${REF}: {{ unsubscribe }}` },
      {
        pattern: /\{\{\s*mirror\s*\}\}/i,
        system: 'web-version',
        source: 'Brevo template tags',
        unverified: true,
      },
      {
        pattern: /\{\{\s*update_profile\s*\}\}/i,
        system: 'preferences',
        source: 'Brevo template tags',
        unverified: true,
      },
      { pattern: /\{\{\s*(?:contact\.[A-Z][A-Z0-9_]*|params\.)/, source: `${REF}: {{ contact.FIRSTNAME }}` },
    ],
    headers: [
      { name: 'x-mailin-eid', source: SEEN('unspy sendinblue trusted-shops') },
      { name: 'x-sib-id', source: SEEN('unspy sendinblue trusted-shops') },
      {
        name: 'feedback-id',
        value: /:(?:sendinblue|brevo)$/i,
        source: SEEN('unspy sendinblue trusted-shops'),
      },
    ],
  },
  {
    id: 'mailjet',
    name: 'Mailjet',
    hosts: [
      { host: sub('mjt.lu'), role: 'click', clickPath: /^\/lnk\//, source: `${REF}: <id>.mjt.lu/lnk/…` },
    ],
    shapes: [
      { kind: 'click', path: /^\/lnk\/[\w-]{10,}/, strength: 'strong', source: `${REF}: /lnk/…` },
      {
        kind: 'open',
        path: /^\/oo\/[\w-]{10,}/,
        strength: 'strong',
        source: 'Mailjet open pixel /oo/',
        unverified: true,
      },
      {
        kind: 'unsubscribe',
        path: /^\/unsub\d*\//,
        host: sub('mjt.lu'),
        strength: 'strong',
        source: 'Mailjet unsubscribe',
        unverified: true,
      },
    ],
    cnameTargets: [
      { name: /^t\.mailjet\.com$/, shown: 't.mailjet.com', source: 'Mailjet docs 30625039188379' },
    ],
    optOut: [],
    mergeTags: [
      {
        pattern: /\[\[\s*UNSUB_LINK(?:_[A-Z]{2})?\s*\]\]/i,
        system: 'unsubscribe',
        source: `${REF}: [[UNSUB_LINK_EN]]`,
      },
      { pattern: /\[\[\s*PERMALINK\s*\]\]/i, system: 'web-version', source: `${REF}: [[PERMALINK]]` },
      {
        pattern: /\[\[\s*(?:data|var):[^\]]+\]\]|\{\{\s*var:[^}]+\}\}/i,
        source: 'Mailjet template language',
        unverified: true,
      },
    ],
    headers: [{ name: 'x-mj-mid', source: 'Mailjet message header', unverified: true }],
  },
  {
    id: 'campaign-monitor',
    name: 'Campaign Monitor',
    hosts: [
      {
        host: /(?:^|\.)(?:createsend\d*\.com|cmail\d+\.com)$/,
        role: 'click',
        source: `${REF}: <co>.createsend1.com, cmail19.com, cmail20.com`,
      },
    ],
    shapes: [
      {
        kind: 'click',
        path: /^\/t\/[a-z]-l-/i,
        strength: 'strong',
        source: 'Campaign Monitor tracked link /t/<x>-l-',
        unverified: true,
      },
      {
        kind: 'unsubscribe',
        path: /^\/t\/[a-z]-u-/i,
        strength: 'strong',
        source: 'Campaign Monitor unsubscribe /t/<x>-u-',
        unverified: true,
      },
    ],
    cnameTargets: [],
    optOut: [{ name: 'cm_dontconvertlink', source: `${REF}: Campaign Monitor cm_dontconvertlink` }],
    mergeTags: [
      {
        pattern: /\[\s*unsubscribe\s*\]|<unsubscribe>/i,
        system: 'unsubscribe',
        source: `${REF}: [unsubscribe], <unsubscribe>`,
      },
      {
        pattern: /\[\s*(?:preferences|updateprofile)\s*\]|<preferences>/i,
        system: 'preferences',
        source: 'Campaign Monitor template tags',
        unverified: true,
      },
      {
        pattern: /\[\s*webversion\s*\]|<webversion>/i,
        system: 'web-version',
        source: 'Campaign Monitor template tags',
        unverified: true,
      },
      { pattern: /\[[a-z]+,\s*fallback=[^\]]*\]/i, source: `${REF}: [firstname,fallback=]` },
    ],
    headers: [],
  },
  {
    id: 'constant-contact',
    name: 'Constant Contact',
    hosts: [
      {
        host: sub('rs6.net'),
        role: 'click',
        clickPath: /^\/tn\.jsp\?/,
        source: `${REF}: r20.rs6.net/tn.jsp?f=&c=&ch=`,
      },
      {
        host: sub('constantcontact.com'),
        role: 'other',
        source: SEEN('phishing_pot sample-1544: footer links'),
      },
    ],
    shapes: [
      { kind: 'click', path: /^\/tn\.jsp\?f=/i, strength: 'strong', source: `${REF}: /tn.jsp?f=` },
      {
        kind: 'open',
        path: /^\/on\.jsp\?/i,
        host: sub('rs6.net'),
        strength: 'strong',
        source: 'Constant Contact open pixel',
        unverified: true,
      },
      {
        kind: 'unsubscribe',
        path: /^\/do\?p=un\b/i,
        host: sub('constantcontact.com'),
        strength: 'strong',
        source: SEEN('phishing_pot sample-1544: visitor.constantcontact.com/do?p=un'),
      },
      {
        kind: 'preferences',
        path: /^\/do\?p=oo\b/i,
        host: sub('constantcontact.com'),
        strength: 'strong',
        source: SEEN('phishing_pot sample-1544: visitor.constantcontact.com/do?p=oo'),
        unverified: true,
      },
    ],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [
      { name: 'x-roving-id', source: 'Constant Contact message header', unverified: true },
      {
        name: 'x-mailer',
        value: /roving constant contact/i,
        source: 'Constant Contact X-Mailer',
        unverified: true,
      },
    ],
  },
  {
    id: 'activecampaign',
    name: 'ActiveCampaign',
    hosts: [
      {
        host: sub('activehosted.com'),
        role: 'click',
        clickPath: /^\/(?:lt\.php|link-tracker)\b/,
        source: `${REF}: CNAME to <acct>.activehosted.com`,
      },
    ],
    shapes: [
      {
        kind: 'click',
        path: /^\/link-tracker\?redirectUrl=/i,
        strength: 'strong',
        source: `${REF}: …/link-tracker?redirectUrl=<base64>`,
      },
      {
        kind: 'click',
        path: /^\/lt\.php\?/i,
        strength: 'strong',
        source: 'ActiveCampaign tracked link lt.php',
        unverified: true,
      },
      {
        kind: 'open',
        path: /^\/lto\.php\?|^\/open-tracker\?/i,
        strength: 'strong',
        source: 'ActiveCampaign open pixel',
        unverified: true,
      },
    ],
    cnameTargets: [
      {
        name: sub('activehosted.com'),
        shown: '<account>.activehosted.com',
        source: `${REF}: CNAME to <acct>.activehosted.com`,
      },
    ],
    optOut: [],
    mergeTags: [
      { pattern: /%UNSUBSCRIBELINK%/i, system: 'unsubscribe', source: `${REF}: %UNSUBSCRIBELINK%` },
      {
        pattern: /%UPDATELINK%/i,
        system: 'preferences',
        source: 'ActiveCampaign personalization tags',
        unverified: true,
      },
      {
        pattern: /%WEBCOPY%/i,
        system: 'web-version',
        source: 'ActiveCampaign personalization tags',
        unverified: true,
      },
    ],
    headers: [],
  },
  {
    id: 'marketo',
    name: 'Marketo',
    hosts: [{ host: sub('mktomail.com'), role: 'other', source: 'Marketo mail host', unverified: true }],
    shapes: [
      {
        kind: 'click',
        path: /^\/dc\/[\w-]{20,}/,
        strength: 'weak',
        source: SEEN('phishing_pot sample-1352: email.<domain>/dc/<token>'),
      },
      {
        kind: 'web-version',
        path: /^\/index\.php\/email\/emailWebview/i,
        strength: 'strong',
        source: SEEN('phishing_pot sample-1352: pages.<domain>/index.php/email/emailWebview'),
      },
    ],
    cnameTargets: [
      { name: /^mkto-[a-z0-9-]+\.com$/, shown: 'mkto-<id>.com', source: `${REF}: CNAME mkto-<id>.com` },
    ],
    optOut: [{ name: 'class', value: 'mktNoTrack', source: `${REF}: Marketo class="mktNoTrack"` }],
    mergeTags: [
      {
        pattern: /\{\{\s*system\.unsubscribeLink\s*\}\}/i,
        system: 'unsubscribe',
        source: `${REF}: {{system.unsubscribeLink}}`,
      },
      {
        pattern: /\{\{\s*system\.viewAsWebpageLink\s*\}\}/i,
        system: 'web-version',
        source: 'Marketo system tokens',
        unverified: true,
      },
      { pattern: /\{\{\s*(?:lead|system|my|company)\.[^}]*\}\}/i, source: `${REF}: {{lead.First Name}}` },
    ],
    headers: [{ name: 'x-marketoid', source: 'Marketo message header', unverified: true }],
    queryParameters: [
      { name: 'mkt_tok', source: 'Marketo adds mkt_tok to tracked destinations', unverified: true },
    ],
  },
  {
    id: 'pardot',
    name: 'Pardot (Account Engagement)',
    hosts: [{ host: sub('pardot.com'), role: 'click', source: `${REF}: go.pardot.com` }],
    shapes: [],
    cnameTargets: [
      {
        name: /^go\.pardot\.com$/,
        shown: 'go.pardot.com',
        source: `${REF}: tracker domain by CNAME`,
        unverified: true,
      },
    ],
    optOut: [],
    mergeTags: [
      { pattern: /%%\s*unsubscribe\s*%%/i, system: 'unsubscribe', source: `${REF}: %%unsubscribe%%` },
      {
        pattern: /\{\{\{\s*unsubscribe\s*\}\}\}/i,
        system: 'unsubscribe',
        source: `${REF}: {{{unsubscribe}}}`,
      },
      {
        pattern: /\{\{\{\s*email_preference_center\s*\}\}\}|%%\s*email_preference_center\s*%%/i,
        system: 'preferences',
        source: 'Pardot variable tags',
        unverified: true,
      },
      {
        pattern: /%%\s*view_online\s*%%|\{\{\{\s*view_online\s*\}\}\}/i,
        system: 'web-version',
        source: 'Pardot variable tags',
        unverified: true,
      },
    ],
    headers: [],
  },
  {
    id: 'kit',
    name: 'Kit (ConvertKit)',
    hosts: [
      { host: /(?:^|\.)convertkit-mail\d*\.com$/, role: 'click', source: `${REF}: convertkit-mail*.com` },
      { host: sub('ck.page'), role: 'other', source: `${REF}: ck.page` },
    ],
    shapes: [
      {
        kind: 'open',
        path: /^\//,
        host: /^open\.convertkit-mail\d*\.com$/,
        strength: 'strong',
        source: SEEN('unspy convertkit zeitzuleben'),
      },
      {
        kind: 'unsubscribe',
        path: /^\//,
        host: /^unsubscribe\.convertkit-mail\d*\.com$/,
        strength: 'strong',
        source: SEEN('unspy convertkit zeitzuleben'),
      },
    ],
    cnameTargets: [],
    optOut: [],
    mergeTags: [
      {
        pattern: /\{\{\s*unsubscribe_url\s*\}\}/i,
        system: 'unsubscribe',
        source: `${REF}: {{ unsubscribe_url }}`,
      },
      { pattern: /\{\{\s*subscriber\.[\w]+/i, source: `${REF}: {{ subscriber.first_name }}` },
    ],
    headers: [
      { name: 'x-report-abuse', value: /convertkit\.com/i, source: SEEN('unspy convertkit zeitzuleben') },
      {
        name: 'message-id',
        value: /@convertkit-mail\d*\.com>?$/i,
        source: SEEN('unspy convertkit zeitzuleben'),
      },
    ],
  },
  {
    id: 'mailerlite',
    name: 'MailerLite',
    hosts: [{ host: /(?:^|\.)mlsend\d*\.com$/, role: 'click', source: `${REF}: mlsend.com, mlsend2.com` }],
    shapes: [],
    cnameTargets: [],
    optOut: [],
    mergeTags: [
      { pattern: /\{\$unsubscribe\}/i, system: 'unsubscribe', source: `${REF}: {$unsubscribe}` },
      {
        pattern: /\{\$(?:url|webversion)\}/i,
        system: 'web-version',
        source: 'MailerLite variables',
        unverified: true,
      },
      { pattern: /\{\$[a-z_]+\}/i, source: `${REF}: {$name}` },
    ],
    headers: [],
  },
  {
    id: 'substack',
    name: 'Substack',
    hosts: [
      {
        host: sub('substack.com'),
        role: 'click',
        clickPath: /^\/redirect\//,
        source: `${REF}: substack.com/redirect/<uuid>?j=`,
      },
    ],
    shapes: [
      {
        kind: 'click',
        path: /^\/redirect\/(?:\d+\/)?[0-9a-f-]{36}\?j=/i,
        strength: 'strong',
        source: `${REF}: /redirect/<uuid>?j=<JWT>`,
      },
    ],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    ownUtm: [
      {
        name: 'utm_campaign',
        value: /^(?:email-[a-z-]+|autofilled-footer)$/,
        source:
          'Substack sample messages: email-post, email-half-post, email-share, email-reaction, email-restack-comment, email-subscribe, email-checkout, autofilled-footer on the links Substack writes',
      },
      {
        name: 'utm_source',
        value: /^(?:substack|email|post|post-email-title)$/,
        source: 'Substack sample messages: the sources Substack writes with those campaigns',
      },
      {
        name: 'utm_medium',
        value: /^email$/,
        source: 'Substack sample messages: the medium Substack writes with those campaigns',
      },
    ],
    headers: [
      {
        name: 'list-unsubscribe',
        value: /substack\.com/i,
        source: 'Substack List-Unsubscribe',
        unverified: true,
      },
    ],
  },
  {
    id: 'beehiiv',
    name: 'beehiiv',
    hosts: [
      { host: /^link\.mail\.beehiiv\.com$/, role: 'click', source: `${REF}: link.mail.beehiiv.com/ls/click` },
      { host: sub('beehiiv.com'), role: 'other', source: 'beehiiv web posts', unverified: true },
    ],
    shapes: [],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [],
  },
  {
    id: 'mautic',
    name: 'Mautic',
    hosts: [],
    shapes: [
      {
        kind: 'click',
        path: /^\/r\/[0-9a-f]{20,}\?ct=/i,
        strength: 'strong',
        source: 'Mautic redirect /r/<id>?ct=',
        unverified: true,
      },
      {
        kind: 'open',
        path: /^\/email\/[0-9a-f]{20,}\.gif/i,
        strength: 'strong',
        source: 'Mautic open pixel',
        unverified: true,
      },
      {
        kind: 'unsubscribe',
        path: /^\/email\/unsubscribe\//i,
        strength: 'strong',
        source: 'Mautic unsubscribe page',
        unverified: true,
      },
      {
        kind: 'web-version',
        path: /^\/email\/view\//i,
        strength: 'strong',
        source: 'Mautic web view',
        unverified: true,
      },
    ],
    cnameTargets: [],
    optOut: [
      { name: 'data-mautic-disable-tracking', source: 'mautic/user-documentation#579' },
      {
        name: 'mautic:disable-tracking',
        source: 'older Mautic attribute (mautic/user-documentation#579)',
        unverified: true,
      },
    ],
    mergeTags: [
      { pattern: /\{unsubscribe_url\}/i, system: 'unsubscribe', source: 'Mautic tokens', unverified: true },
      { pattern: /\{webview_url\}/i, system: 'web-version', source: 'Mautic tokens', unverified: true },
    ],
    headers: [],
  },
  {
    id: 'rapidmail',
    name: 'rapidmail',
    hosts: [
      {
        host: /(?:^|\.)emailsys\d*[a-z]?\.net$/,
        role: 'click',
        clickPath: /^\/c\//,
        source: SEEN('SpamScope mail_test_5'),
      },
    ],
    shapes: [
      {
        kind: 'open',
        path: /^\/o\/\d+\//,
        host: /(?:^|\.)emailsys\d*[a-z]?\.net$/,
        strength: 'strong',
        source: SEEN('SpamScope mail_test_5'),
      },
      {
        kind: 'web-version',
        path: /^\/mailing\/\d+\//,
        host: /(?:^|\.)emailsys\d*[a-z]?\.net$/,
        strength: 'strong',
        source: SEEN('SpamScope mail_test_5'),
      },
    ],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [
      { name: 'x-complaints-to', value: /rapidmail/i, source: SEEN('SpamScope mail_test_5') },
      { name: 'feedback-id', value: /:rm$/i, source: SEEN('SpamScope mail_test_5') },
    ],
  },
  {
    id: 'infusionsoft',
    name: 'Keap (Infusionsoft)',
    hosts: [
      {
        host: sub('infusionsoft.com'),
        role: 'click',
        clickPath: /^\/app\/linkClick\//,
        source: SEEN('php-mime-mail-parser m0015'),
      },
    ],
    shapes: [
      {
        kind: 'click',
        path: /^\/app\/linkClick\/\d+\//,
        strength: 'strong',
        source: SEEN('php-mime-mail-parser m0015'),
      },
    ],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [
      { name: 'x-infapp', source: SEEN('php-mime-mail-parser m0015') },
      { name: 'x-infcontact', source: SEEN('php-mime-mail-parser m0015') },
    ],
  },
  {
    id: 'cleverreach',
    name: 'CleverReach',
    hosts: [
      {
        host: sub('cleverreach.com'),
        role: 'click',
        clickPath: /^\/c\/\d+\//,
        source: SEEN('unspy cleverreach'),
      },
    ],
    shapes: [
      {
        kind: 'web-version',
        path: /^\/m\/\d+\//,
        host: sub('cleverreach.com'),
        strength: 'strong',
        source: SEEN('unspy cleverreach'),
      },
    ],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [{ name: 'return-path', value: /crsend\.com/i, source: SEEN('unspy cleverreach') }],
  },
  {
    id: 'elaine',
    name: 'ELAINE (artegic)',
    hosts: [],
    shapes: [
      {
        kind: 'click',
        path: /^\/go\/[0-9a-z]{24,}(?:\/\d+)?$/,
        strength: 'weak',
        source: SEEN('unspy elaine rewe: epost.<domain>/go/<token>'),
      },
    ],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [
      { name: 'x-ma-provider', value: /elaine/i, source: SEEN('unspy elaine rewe') },
      { name: 'message-id', value: /@artegic\.net>?$/i, source: SEEN('unspy elaine rewe') },
    ],
  },
  {
    id: 'phplist',
    name: 'phpList',
    hosts: [
      {
        host: sub('fairmailing.net'),
        role: 'click',
        clickPath: /^\/lists\/lt\.php\?/,
        source: SEEN('unspy fairmailing (phpList hosting)'),
      },
    ],
    shapes: [
      {
        kind: 'click',
        path: /^\/(?:lists\/)?lt\.php\?tid=/,
        strength: 'strong',
        source: SEEN('unspy fairmailing: /lists/lt.php?tid='),
      },
    ],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [{ name: 'x-phplist-version', source: SEEN('unspy fairmailing') }],
  },
  {
    id: 'getresponse',
    name: 'GetResponse',
    hosts: [],
    shapes: [
      {
        kind: 'click',
        path: /^\/click\.html\?x=[\w-]+&lc=/,
        strength: 'strong',
        source: SEEN('unspy getresponse vfl-bochum'),
      },
      {
        kind: 'web-version',
        path: /^\/view\.html\?x=[\w-]+&/,
        strength: 'strong',
        source: SEEN('unspy getresponse vfl-bochum'),
      },
      {
        kind: 'unsubscribe',
        path: /^\/unsubscribe\.html\?x=/,
        strength: 'strong',
        source: SEEN('unspy getresponse vfl-bochum'),
      },
      {
        kind: 'preferences',
        path: /^\/change_details\.html\?x=/,
        strength: 'strong',
        source: SEEN('unspy getresponse vfl-bochum'),
      },
    ],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [],
  },
  {
    id: 'inxmail',
    name: 'Inxmail',
    hosts: [],
    shapes: [
      {
        kind: 'click',
        path: /^\/d(?:\/[\w.-]+)?\?[0-9a-z]{24,}(?:&|$)/,
        strength: 'weak',
        source: SEEN('unspy inxmail: newsletter.<domain>/d?<token>'),
      },
      {
        kind: 'web-version',
        path: /^\/html_mail\.jsp\?params=/,
        strength: 'strong',
        source: SEEN('unspy inxmail rp-online'),
      },
    ],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [
      { name: 'x-mailer', value: /inxmail/i, source: SEEN('unspy inxmail') },
      { name: 'feedback-id', value: /:inxmail/i, source: SEEN('unspy inxmail') },
    ],
  },
  {
    id: 'newsletter2go',
    name: 'Newsletter2Go',
    hosts: [{ host: sub('amxe.net'), role: 'click', source: SEEN('unspy newsletter2go schoepflin') }],
    shapes: [],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [
      { name: 'list-id', value: /list-id\.amxe\.net/i, source: SEEN('unspy newsletter2go schoepflin') },
    ],
  },
  {
    id: 'optimizely-campaign',
    name: 'Optimizely Campaign (Episerver)',
    hosts: [],
    shapes: [
      {
        kind: 'click',
        path: /^\/go\/\d+\/[0-9A-Z]{8}-[0-9A-Z]{8}-/,
        strength: 'strong',
        source: SEEN('unspy optimizely wwf: /go/<n>/<ID>-<ID>-…'),
      },
    ],
    cnameTargets: [],
    optOut: [],
    mergeTags: [],
    headers: [{ name: 'x-ulpe', source: SEEN('unspy optimizely wwf') }],
  },
  ...MORE_PLATFORMS,
];

/**
 * Opt-out attributes honoured by platforms not in the catalogue, or whose owner
 * no source named: listed in docs/contracts/rules.md, so they are recognised all the same.
 */
export const OTHER_OPT_OUT_ATTRIBUTES: readonly {
  name: string;
  value?: string;
  source: string;
  unverified?: true;
}[] = [
  {
    name: 'notrack',
    source: 'docs/contracts/rules.md tracking-disabled list (owner unconfirmed)',
    unverified: true,
  },
];
