/**
 * Free mailbox providers: a From address at one of these domains cannot be
 * authenticated by the sender (no SPF/DKIM of their own), and the provider's
 * DMARC policy (`p=reject` at Yahoo and AOL, `p=quarantine` at Gmail since
 * 2024) makes bulk mail from them fail.
 *
 * Sources: the providers' own sign-up domains as listed on their help pages
 * (Google "Gmail", Yahoo "Yahoo Mail domains", Microsoft "Outlook.com
 * domains", Apple "iCloud Mail", GMX/web.de/mail.ru/Yandex/Proton sign-up
 * pages) and the platforms' own documentation (Gmail/Yahoo bulk-sender
 * rules); at least the largest (gmail.com, yahoo.com, outlook.com, hotmail.com,
 * icloud.com, aol.com, gmx, web.de, mail.ru, yandex, proton).
 */
export interface FreeMailProvider {
  provider: string;
  domains: readonly string[];
}

const FREE_MAIL_PROVIDERS: readonly FreeMailProvider[] = [
  { provider: 'Gmail', domains: ['gmail.com', 'googlemail.com'] },
  {
    provider: 'Yahoo Mail',
    domains: [
      'yahoo.com',
      'yahoo.co.uk',
      'yahoo.fr',
      'yahoo.de',
      'yahoo.es',
      'yahoo.it',
      'yahoo.co.jp',
      'ymail.com',
      'rocketmail.com',
    ],
  },
  {
    provider: 'Outlook.com',
    domains: [
      'outlook.com',
      'hotmail.com',
      'hotmail.co.uk',
      'hotmail.fr',
      'hotmail.de',
      'live.com',
      'msn.com',
      'outlook.de',
      'outlook.fr',
    ],
  },
  { provider: 'iCloud Mail', domains: ['icloud.com', 'me.com', 'mac.com'] },
  { provider: 'AOL Mail', domains: ['aol.com', 'aim.com'] },
  { provider: 'GMX', domains: ['gmx.com', 'gmx.net', 'gmx.de', 'gmx.at', 'gmx.ch'] },
  { provider: 'WEB.DE', domains: ['web.de'] },
  { provider: 'Mail.ru', domains: ['mail.ru', 'inbox.ru', 'list.ru', 'bk.ru'] },
  { provider: 'Yandex Mail', domains: ['yandex.com', 'yandex.ru', 'ya.ru'] },
  { provider: 'Proton Mail', domains: ['proton.me', 'protonmail.com', 'pm.me'] },
  { provider: 'Zoho Mail', domains: ['zohomail.com'] },
  { provider: 'Tutanota', domains: ['tutanota.com', 'tuta.io'] },
  { provider: 'mail.com', domains: ['mail.com'] },
  { provider: 'QQ Mail', domains: ['qq.com'] },
  { provider: 'NetEase', domains: ['163.com', '126.com'] },
  { provider: 'Orange', domains: ['orange.fr', 'wanadoo.fr'] },
  { provider: 'Libero', domains: ['libero.it'] },
  { provider: 'T-Online', domains: ['t-online.de'] },
];

const BY_DOMAIN: ReadonlyMap<string, string> = new Map(
  FREE_MAIL_PROVIDERS.flatMap((p) => p.domains.map((d) => [d, p.provider] as const)),
);

/** The provider's name when `domain` (lower case) is a free-mail domain, else null. */
export function freeMailProvider(domain: string): string | null {
  return BY_DOMAIN.get(domain.toLowerCase().replace(/\.$/, '')) ?? null;
}
