/**
 * Apple Link Tracking Protection (iOS 17, iPadOS 17, macOS 14 and later):
 * Mail, Messages and Safari Private Browsing remove "known tracking
 * parameters" from a link before the page loads. Apple publishes no list, so
 * every entry here is OBSERVED or REPORTED by a public source, never official.
 * Redirect-based click tracking (the platform's own tracking host) is not
 * affected: the click is still counted; what is lost is a parameter on the
 * URL the browser opens.
 *
 * Keep each entry's source: a page that said so in public. Add an entry only
 * with such a source.
 */
export type ObservationSource = 'wordtothewise-2023' | 'mapp' | 'knak-privacytests';

export interface AppleParameter {
  /** The query parameter's name, as it is written (case-sensitive, as browsers compare them). */
  name: string;
  /** Who uses it, in plain words. */
  owner: string;
  /** `observed`: a source saw it happen; `reported`: a source says Apple's list has it. */
  status: 'observed' | 'reported';
  sources: ObservationSource[];
}

export const APPLE_SOURCES: Record<ObservationSource, { title: string; url: string; date: string }> = {
  'wordtothewise-2023': {
    title:
      'Word to the Wise, "iOS17 filtering click tracking links" (test with an iOS 17 beta and real tracking links)',
    url: 'https://wordtothewise.com/2023/06/ios17-filtering-click-tracking-links',
    date: '2023-06',
  },
  mapp: {
    title:
      'Mapp documentation, "Apple Link Tracking Protection" (parameters affected "based on observed behavior")',
    url: 'https://docs.mapp.com/docs/apple-link-tracking-protection-url-parameters-campaign-tracking',
    date: '2023-09',
  },
  'knak-privacytests': {
    title:
      'Knak, "Link Tracking Protection in iOS 17 & macOS Sonoma" (reports that Apple follows the PrivacyTests.org list of tracking query parameters)',
    url: 'https://knak.com/blog/link-tracking-updates-ios-17/',
    date: '2023-06',
  },
};

/** The parameters reported as removed. */
const APPLE_STRIPPED: readonly AppleParameter[] = [
  { name: 'gclid', owner: 'Google Ads', status: 'observed', sources: ['mapp', 'knak-privacytests'] },
  { name: 'msclkid', owner: 'Microsoft Ads', status: 'observed', sources: ['mapp'] },
  { name: 'fbclid', owner: 'Facebook / Meta', status: 'observed', sources: ['mapp', 'knak-privacytests'] },
  { name: 'igshid', owner: 'Instagram', status: 'observed', sources: ['mapp'] },
  { name: 'twclid', owner: 'X / Twitter', status: 'observed', sources: ['mapp'] },
  { name: 'mc_eid', owner: 'Mailchimp', status: 'observed', sources: ['mapp', 'knak-privacytests'] },
  { name: '__hsfp', owner: 'HubSpot', status: 'reported', sources: ['knak-privacytests'] },
  { name: '__hssc', owner: 'HubSpot', status: 'reported', sources: ['knak-privacytests'] },
  { name: '__hstc', owner: 'HubSpot', status: 'reported', sources: ['knak-privacytests'] },
  { name: '_hsenc', owner: 'HubSpot', status: 'reported', sources: ['knak-privacytests'] },
  { name: 'hsCtaTracking', owner: 'HubSpot', status: 'reported', sources: ['knak-privacytests'] },
  { name: '__s', owner: 'Drip', status: 'reported', sources: ['knak-privacytests'] },
  { name: '_openstat', owner: 'Yandex', status: 'reported', sources: ['knak-privacytests'] },
  { name: 'yclid', owner: 'Yandex', status: 'reported', sources: ['knak-privacytests'] },
  { name: 'dclid', owner: 'Google DoubleClick', status: 'reported', sources: ['knak-privacytests'] },
  { name: 'mkt_tok', owner: 'Marketo', status: 'reported', sources: ['knak-privacytests'] },
  { name: 'ml_subscriber', owner: 'MailerLite', status: 'reported', sources: ['knak-privacytests'] },
  { name: 'ml_subscriber_hash', owner: 'MailerLite', status: 'reported', sources: ['knak-privacytests'] },
  { name: 'oly_anon_id', owner: 'Omeda', status: 'reported', sources: ['knak-privacytests'] },
  { name: 'oly_enc_id', owner: 'Omeda', status: 'reported', sources: ['knak-privacytests'] },
  { name: 'rb_clickid', owner: 'an ad network', status: 'reported', sources: ['knak-privacytests'] },
  { name: 's_cid', owner: 'Adobe Analytics', status: 'reported', sources: ['knak-privacytests'] },
  { name: 'vero_conv', owner: 'Vero', status: 'reported', sources: ['knak-privacytests'] },
  { name: 'vero_id', owner: 'Vero', status: 'reported', sources: ['knak-privacytests'] },
  { name: 'wickedid', owner: 'Wicked Reports', status: 'reported', sources: ['knak-privacytests'] },
];

/**
 * Parameters seen to REACH the server from Apple Mail on iOS 17 (Word to the
 * Wise's test): what survives. The `utm_*` family passed.
 */
export const APPLE_KEPT: readonly { name: string; sources: ObservationSource[] }[] = [
  { name: 'utm_source', sources: ['wordtothewise-2023'] },
  { name: 'utm_medium', sources: ['wordtothewise-2023'] },
  { name: 'utm_campaign', sources: ['wordtothewise-2023'] },
  { name: 'utm_content', sources: ['wordtothewise-2023'] },
  { name: 'cid', sources: ['wordtothewise-2023'] },
  { name: 'comm_track_id', sources: ['wordtothewise-2023'] },
  { name: 'code', sources: ['wordtothewise-2023'] },
  { name: 'email', sources: ['wordtothewise-2023'] },
];

/** The newest source date: the data's "version" for reports. */
export const APPLE_DATA_VERSION = `observed ${Object.values(APPLE_SOURCES)
  .map((s) => s.date)
  .sort()
  .at(-1)}`;

const BY_NAME = new Map(APPLE_STRIPPED.map((p) => [p.name, p]));

export function appleStripped(name: string): AppleParameter | undefined {
  return BY_NAME.get(name);
}
