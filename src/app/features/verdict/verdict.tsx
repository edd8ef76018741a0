import { CircleAlert, CircleCheck, MailCheck, TriangleAlert } from 'lucide-react';
import type { Report } from '../../../core/types';
import { SOLID } from '../../components/ui';
import { headerOf } from '../../lib/eml-headers';
import type { Issues } from '../../lib/issues';

interface Props {
  report: Report;
  issues: Issues;
  /** The raw input (an .eml's headers give the Date). */
  text: string;
}

const PLATFORM_NAMES: Record<string, string> = {
  sendgrid: 'SendGrid',
  mailchimp: 'Mailchimp',
  hubspot: 'HubSpot',
  'amazon-ses': 'Amazon SES',
  mailgun: 'Mailgun',
  klaviyo: 'Klaviyo',
  brevo: 'Brevo',
  postmark: 'Postmark',
  mandrill: 'Mandrill',
  salesforce: 'Salesforce Marketing Cloud',
  'campaign-monitor': 'Campaign Monitor',
  activecampaign: 'ActiveCampaign',
  convertkit: 'ConvertKit',
  sparkpost: 'SparkPost',
};

function platformName(esp: string | null): string {
  if (!esp) return 'not recognised';
  if (PLATFORM_NAMES[esp]) return PLATFORM_NAMES[esp];
  return esp
    .split('-')
    .map((w) =>
      w.length <= 3 && w !== 'net' ? w.toUpperCase() : `${w.charAt(0).toUpperCase()}${w.slice(1)}`,
    )
    .join(' ');
}

function dateText(raw: string | null): string | null {
  if (!raw) return null;
  const d = new Date(raw);
  return Number.isNaN(d.getTime())
    ? raw
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A sent email's card: who sent it, when, through which platform, and how much of it is tracked. */
function SentCard({ report, text }: { report: Report; text: string }) {
  const web = report.links.filter((l) => l.kind === 'web' && l.tracked !== null);
  const tracked = web.filter((l) => l.tracked === true).length;
  const rows: Array<[string, string]> = [
    ['From', report.sender?.from ?? headerOf(text, 'From') ?? 'unknown'],
    ['Subject', report.sender?.subject ?? headerOf(text, 'Subject') ?? 'none'],
    ['Date', dateText(headerOf(text, 'Date')) ?? 'unknown'],
    ['Platform', platformName(report.esp)],
    ['Tracking domain', report.trackingDomains.join(', ') || 'none found'],
  ];
  return (
    <section
      aria-label="Sent email"
      className="rounded-control border border-line bg-surface-2 p-3 text-sm text-ink"
    >
      <h3 className="mb-2 flex items-center gap-1.5 font-semibold">
        <MailCheck aria-hidden="true" className="size-4 text-brand-ink" /> Sent email
      </h3>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-ink-muted">{k}</dt>
            <dd className="truncate" title={v}>
              {v}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 font-medium">
        {web.length === 0
          ? 'No web link to track.'
          : `Tracking works on ${tracked} of ${web.length} link${web.length === 1 ? '' : 's'}.`}
      </p>
    </section>
  );
}

/**
 * The first thing on the page: one sentence on what the problems do to the
 * campaign, the counts by effect, or "Ready to send". A sent email adds its card.
 */
export function Verdict({ report, issues, text }: Props) {
  const { verdict } = issues;
  const worst = verdict.counts.some((c) => c.worst === 'error') ? 'error' : 'warning';
  const sent = report.mode === 'sent' && (report.input.kind === 'eml' || report.sender !== null);
  const Icon = verdict.ready ? CircleCheck : worst === 'error' ? CircleAlert : TriangleAlert;
  const tone = verdict.ready
    ? 'border-l-ok text-ok'
    : worst === 'error'
      ? 'border-l-error text-error'
      : 'border-l-warning text-warning';
  const webLinks = report.links.length;
  return (
    <section
      aria-label="Verdict"
      className={`rounded-card border border-l-4 border-line bg-surface p-4 shadow-card ${tone}`}
      data-ready={verdict.ready}
    >
      <div className={`grid gap-3 ${sent ? 'lg:grid-cols-[minmax(0,1fr)_minmax(18rem,26rem)]' : ''}`}>
        <div className="min-w-0">
          <div className="flex items-start gap-3">
            <Icon aria-hidden="true" className="mt-0.5 size-7 shrink-0" />
            <div className="min-w-0">
              {verdict.ready ? (
                <>
                  <p className="text-lg font-semibold text-ink sm:text-verdict">Ready to send</p>
                  <p className="text-ink-muted">
                    {webLinks === 0
                      ? 'This email has no links.'
                      : `All ${webLinks} link${webLinks === 1 ? '' : 's'} will work and count their clicks.`}
                    {verdict.notes > 0
                      ? ` ${verdict.notes} note${verdict.notes === 1 ? '' : 's'} below, for information.`
                      : ''}
                  </p>
                </>
              ) : (
                <>
                  <p className="text-lg font-semibold text-ink sm:text-verdict">{verdict.sentence}</p>
                  <p className="text-sm text-ink-muted">
                    {report.links.length} link{report.links.length === 1 ? '' : 's'} checked ·{' '}
                    {report.mode === 'sent'
                      ? `sent email${report.trackingDomains.length > 0 ? ` tracked through ${report.trackingDomains.join(', ')}` : ''}`
                      : 'template before sending'}
                    {verdict.notes > 0 ? ` · ${verdict.notes} note${verdict.notes === 1 ? '' : 's'}` : ''}
                  </p>
                </>
              )}
            </div>
          </div>
          {verdict.counts.length > 0 ? (
            <ul aria-label="Problems by effect" className="mt-3 flex flex-wrap gap-2">
              {verdict.counts.map((c) => (
                <li
                  key={c.effect}
                  className="inline-flex items-center gap-2 rounded-full border border-line bg-surface px-3 py-1 text-sm text-ink"
                >
                  <span aria-hidden="true" className={`size-2 rounded-full ${SOLID[c.worst]}`} />
                  {c.label}
                  <strong className="tabular-nums">{c.links > 0 ? c.links : c.other}</strong>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        {sent ? <SentCard report={report} text={text} /> : null}
      </div>
    </section>
  );
}
