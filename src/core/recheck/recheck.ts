import type { Facts, LinkCheckFacts, SenderFacts, TlsFacts, TrackingDomainFacts } from '../facts';
import type { Report } from '../types';

/**
 * A campaign re-checked: the online results a saved report carries, against
 * the same checks run again now. Pure: the two sets of facts in, the changes
 * out; the CLI words them. A regression is anything that makes a click land
 * worse than when the report was made.
 */
export type RecheckKind =
  | 'newly-broken'
  | 'fixed'
  | 'new-redirect'
  | 'longer-redirect'
  | 'lands-elsewhere'
  | 'slower'
  | 'tls-expiring'
  | 'tls-invalid'
  | 'cname-changed'
  | 'blocklisted'
  | 'spf-changed'
  | 'dmarc-changed'
  | 'dkim-missing';

export interface RecheckChange {
  kind: RecheckKind;
  regression: boolean;
  /** The URL, tracking host or sender domain it is about. */
  subject: string;
  was: string;
  now: string;
}

export interface RecheckResult {
  version: 1;
  report: string;
  checked: { links: number; trackingDomains: number; senderDomains: number };
  changes: RecheckChange[];
  summary: { regressions: number; improvements: number };
}

export interface RecheckOptions {
  /** A certificate expiring within this many days is a regression (default 14). */
  tlsDays?: number;
  /** Slower: at least this many times the saved time… (default 2) */
  slowerFactor?: number;
  /** …and at least this many milliseconds more (default 1000). */
  slowerByMs?: number;
}

/** Whether a saved report carries online results to compare against. */
export function hasOnlineResults(report: Report): boolean {
  return (
    report.links.some((l) => l.check !== undefined) ||
    (report.trackingDomainChecks?.length ?? 0) > 0 ||
    (report.senderChecks?.length ?? 0) > 0
  );
}

function broken(c: LinkCheckFacts): boolean {
  return c.error !== null || c.finalStatus === null || c.finalStatus >= 400;
}

function state(c: LinkCheckFacts): string {
  if (c.error) return c.error.message || c.error.code;
  return `HTTP ${c.finalStatus ?? '—'}`;
}

function redirects(c: LinkCheckFacts): number {
  return Math.max(0, c.hops.filter((h) => h.location !== null && h.location !== undefined).length);
}

/** The certificate that expires first along a chain. */
function soonestTls(tls: ReadonlyArray<TlsFacts | null | undefined>): TlsFacts | null {
  let soonest: TlsFacts | null = null;
  for (const t of tls) {
    if (!t || t.daysToExpiry === null) continue;
    if (!soonest || (soonest.daysToExpiry ?? Infinity) > t.daysToExpiry) soonest = t;
  }
  return soonest;
}

function tlsChanges(
  subject: string,
  was: TlsFacts | null,
  now: TlsFacts | null,
  days: number,
): RecheckChange[] {
  if (!now) return [];
  const out: RecheckChange[] = [];
  const wasDays = was?.daysToExpiry ?? null;
  const nowDays = now.daysToExpiry;
  if (nowDays !== null && nowDays < days && (wasDays === null || wasDays >= days || nowDays < wasDays - 30)) {
    out.push({
      kind: 'tls-expiring',
      regression: true,
      subject,
      was: wasDays === null ? 'no certificate seen' : `${wasDays} days left`,
      now:
        nowDays < 0
          ? `expired ${-nowDays} days ago`
          : `expires in ${nowDays} days${now.validTo ? ` (${now.validTo.slice(0, 10)})` : ''}`,
    });
  }
  if (was && was.trusted && was.coversHost && (!now.trusted || !now.coversHost)) {
    out.push({
      kind: 'tls-invalid',
      regression: true,
      subject,
      was: 'valid certificate',
      now: now.error ?? 'not trusted',
    });
  }
  return out;
}

export function recheck(saved: Report, now: Facts, options: RecheckOptions = {}): RecheckResult {
  const tlsDays = options.tlsDays ?? 14;
  const factor = options.slowerFactor ?? 2;
  const byMs = options.slowerByMs ?? 1000;
  const changes: RecheckChange[] = [];
  const seen = new Set<string>();
  let links = 0;

  for (const link of saved.links) {
    const was = link.check;
    if (!was || seen.has(was.url)) continue;
    seen.add(was.url);
    const fresh = now.links?.[was.url];
    if (!fresh) continue;
    links++;
    const url = was.url;
    if (!broken(was) && broken(fresh)) {
      changes.push({
        kind: 'newly-broken',
        regression: true,
        subject: url,
        was: state(was),
        now: state(fresh),
      });
      continue;
    }
    if (broken(was) && !broken(fresh)) {
      changes.push({ kind: 'fixed', regression: false, subject: url, was: state(was), now: state(fresh) });
    }
    const r0 = redirects(was);
    const r1 = redirects(fresh);
    if (r1 > r0) {
      changes.push({
        kind: r0 === 0 ? 'new-redirect' : 'longer-redirect',
        regression: true,
        subject: url,
        was: `${r0} redirect${r0 === 1 ? '' : 's'}`,
        now: `${r1} redirect${r1 === 1 ? '' : 's'} to ${fresh.finalUrl ?? '?'}`,
      });
    } else if (was.finalUrl !== null && fresh.finalUrl !== null && was.finalUrl !== fresh.finalUrl) {
      changes.push({
        kind: 'lands-elsewhere',
        regression: true,
        subject: url,
        was: was.finalUrl,
        now: fresh.finalUrl,
      });
    }
    if (fresh.ms >= was.ms * factor && fresh.ms - was.ms >= byMs) {
      changes.push({
        kind: 'slower',
        regression: true,
        subject: url,
        was: `${Math.round(was.ms)} ms`,
        now: `${Math.round(fresh.ms)} ms`,
      });
    }
    changes.push(
      ...tlsChanges(
        url,
        soonestTls(was.hops.map((h) => h.tls)),
        soonestTls(fresh.hops.map((h) => h.tls)),
        tlsDays,
      ),
    );
  }

  const freshDomains = new Map((now.trackingDomains ?? []).map((t) => [t.host, t]));
  let trackingDomains = 0;
  for (const was of saved.trackingDomainChecks ?? []) {
    const fresh = freshDomains.get(was.host);
    if (!fresh) continue;
    trackingDomains++;
    changes.push(...domainChanges(was, fresh, tlsDays));
  }

  const freshSenders = new Map((now.sender ?? []).map((s) => [s.domain, s]));
  let senderDomains = 0;
  for (const was of saved.senderChecks ?? []) {
    const fresh = freshSenders.get(was.domain);
    if (!fresh) continue;
    senderDomains++;
    changes.push(...senderChanges(was, fresh));
  }

  return {
    version: 1,
    report: saved.input.name,
    checked: { links, trackingDomains, senderDomains },
    changes,
    summary: {
      regressions: changes.filter((c) => c.regression).length,
      improvements: changes.filter((c) => !c.regression).length,
    },
  };
}

function domainChanges(was: TrackingDomainFacts, now: TrackingDomainFacts, tlsDays: number): RecheckChange[] {
  const out: RecheckChange[] = [];
  const a = was.cname.join(' → ');
  const b = now.cname.join(' → ');
  if (a !== b && !now.error) {
    out.push({
      kind: 'cname-changed',
      regression: true,
      subject: was.host,
      was: a || 'no CNAME',
      now: b || 'no CNAME',
    });
  }
  out.push(...tlsChanges(was.host, was.tls, now.tls, tlsDays));
  const listedBefore = new Set(was.blocklists.filter((l) => l.status === 'listed').map((l) => l.zone));
  for (const l of now.blocklists) {
    if (l.status === 'listed' && !listedBefore.has(l.zone)) {
      out.push({
        kind: 'blocklisted',
        regression: true,
        subject: was.host,
        was: `not listed on ${l.zone}`,
        now: `listed on ${l.zone}`,
      });
    }
  }
  return out;
}

function senderChanges(was: SenderFacts, now: SenderFacts): RecheckChange[] {
  const out: RecheckChange[] = [];
  if (!now.spf.error && was.spf.record !== now.spf.record) {
    out.push({
      kind: 'spf-changed',
      regression: now.spf.record === null,
      subject: was.domain,
      was: was.spf.record ?? 'no SPF',
      now: now.spf.record ?? 'no SPF',
    });
  }
  if (!now.dmarc.error && was.dmarc.record !== now.dmarc.record) {
    const weaker = now.dmarc.record === null || (now.dmarc.policy === 'none' && was.dmarc.policy !== 'none');
    out.push({
      kind: 'dmarc-changed',
      regression: weaker,
      subject: was.domain,
      was: was.dmarc.record ?? 'no DMARC',
      now: now.dmarc.record ?? 'no DMARC',
    });
  }
  const found = new Map(now.dkim.map((k) => [k.selector, k]));
  for (const key of was.dkim) {
    const fresh = found.get(key.selector);
    if (key.found && fresh && !fresh.found && !fresh.error) {
      out.push({
        kind: 'dkim-missing',
        regression: true,
        subject: `${key.selector}._domainkey.${was.domain}`,
        was: 'key published',
        now: 'no key',
      });
    }
  }
  return out;
}

const WORDS: Record<RecheckKind, string> = {
  'newly-broken': 'newly broken',
  fixed: 'fixed',
  'new-redirect': 'new redirect',
  'longer-redirect': 'longer redirect chain',
  'lands-elsewhere': 'lands elsewhere',
  slower: 'slower',
  'tls-expiring': 'certificate expiring',
  'tls-invalid': 'certificate no longer valid',
  'cname-changed': 'tracking CNAME changed',
  blocklisted: 'newly blocklisted',
  'spf-changed': 'SPF changed',
  'dmarc-changed': 'DMARC changed',
  'dkim-missing': 'DKIM key gone',
};

/** Text for people and logs: one line per change, then the counts. */
export function formatRecheckText(r: RecheckResult): string {
  const out = [
    `Re-checked ${r.checked.links} link${r.checked.links === 1 ? '' : 's'}, ${r.checked.trackingDomains} tracking domain${r.checked.trackingDomains === 1 ? '' : 's'} and ${r.checked.senderDomains} sender domain${r.checked.senderDomains === 1 ? '' : 's'} of ${r.report}.`,
    '',
  ];
  for (const c of r.changes) {
    out.push(
      `${c.regression ? 'REGRESSION' : 'improved  '}  ${WORDS[c.kind]}: ${c.subject}`,
      `            was ${c.was}; now ${c.now}`,
    );
  }
  if (r.changes.length === 0) out.push('Nothing changed.');
  out.push(
    '',
    `${r.summary.regressions} regression${r.summary.regressions === 1 ? '' : 's'}, ${r.summary.improvements} improvement${r.summary.improvements === 1 ? '' : 's'}.`,
  );
  return `${out.join('\n')}\n`;
}

/** Markdown for a ticket or a job summary. */
export function formatRecheckMarkdown(r: RecheckResult): string {
  const esc = (t: string): string => t.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, ' ');
  const out = [`## Re-check of ${esc(r.report)}`, ''];
  if (r.changes.length === 0) out.push('Nothing changed.', '');
  else {
    out.push('| | Change | About | Was | Now |', '|---|---|---|---|---|');
    for (const c of r.changes) {
      out.push(
        `| ${c.regression ? '❌' : '✅'} | ${WORDS[c.kind]} | ${esc(c.subject)} | ${esc(c.was)} | ${esc(c.now)} |`,
      );
    }
    out.push('');
  }
  out.push(`${r.summary.regressions} regression(s), ${r.summary.improvements} improvement(s).`, '');
  return out.join('\n');
}
