import type { Finding, Report } from '../types';

/**
 * What readers' privacy tools do to THIS email's clicks, opens and campaign
 * data, per client or extension, in plain words: the Privacy tools section's
 * content, derived from the report (the `param-stripped` and `tracker-blocked`
 * findings, the links' parameters and the open pixel).
 */
export type Outcome = 'kept' | 'lost' | 'partly' | 'unknown';

export interface Cell {
  outcome: Outcome;
  text: string;
}

export interface ToolRow {
  id: 'apple' | 'proton' | 'blockers' | 'firefox-brave';
  name: string;
  /** Who uses it, in a few words. */
  who: string;
  clicks: Cell;
  opens: Cell;
  data: Cell;
}

export interface PrivacySummary {
  rows: ToolRow[];
  /** The checks behind the section were off or had no data. */
  notes: string[];
  versions: Report['dataVersions'] | null;
}

interface StrippedParameter {
  name: string;
  by: string[];
}

function parametersOf(f: Finding): StrippedParameter[] {
  const list = f.data?.['parameters'];
  return Array.isArray(list) ? (list as StrippedParameter[]) : [];
}

function names(list: readonly string[], max = 4): string {
  const unique = [...new Set(list)];
  const shown = unique.slice(0, max).join(', ');
  return unique.length > max ? `${shown} and ${unique.length - max} more` : shown;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summarisePrivacy(
  report: Report,
  ruleOff: (id: string) => boolean = () => false,
): PrivacySummary {
  const stripped = report.findings.filter((f) => f.rule === 'param-stripped');
  const blocked = report.findings.filter((f) => f.rule === 'tracker-blocked');
  const removedBy = (who: string) =>
    stripped.flatMap((f) =>
      parametersOf(f)
        .filter((p) => p.by.includes(who))
        .map((p) => p.name),
    );
  const linksOf = (f: Finding): number => (typeof f.data?.['links'] === 'number' ? f.data['links'] : 1);
  const linksWith = (who: string) =>
    stripped
      .filter((f) => parametersOf(f).some((p) => p.by.includes(who)))
      .reduce((n, f) => n + linksOf(f), 0);
  const skipped = stripped.filter((f) => typeof f.data?.['protonSkipsTo'] === 'string');
  const utmLinks = report.links.filter(
    (l) => l.kind === 'web' && l.url !== null && /[?&]utm_[a-z]+=/i.test(l.url),
  );
  const paramsOff = ruleOff('param-stripped');
  // "Checked" only when the data was there and the rule ran: otherwise the row says "Not checked", never "Works".
  const trackerDataLoaded = report.dataVersions?.trackerdb != null && !ruleOff('tracker-blocked');
  const tidyLoaded = report.dataVersions?.tidyUrl != null && !paramsOff;
  const notes: string[] = [];
  if (ruleOff('param-stripped')) notes.push('The parameter check is turned off in the settings.');
  if (ruleOff('tracker-blocked')) notes.push('The blocker check is turned off in the settings.');
  if (report.dataVersions?.trackerdb == null || report.dataVersions.tidyUrl == null) {
    notes.push('The blocker and Proton Mail data could not be loaded, so those rows are not checked.');
  }

  // Apple
  const appleRemoved = removedBy('apple');
  const apple: ToolRow = {
    id: 'apple',
    name: 'Apple Mail, Messages, Safari Private Browsing',
    who: 'iPhone, iPad and Mac readers',
    clicks: { outcome: 'kept', text: 'Counted: Apple does not touch the platform’s click redirect.' },
    opens: {
      outcome: 'partly',
      text: 'Inflated: Mail Privacy Protection loads every image in advance, so Apple Mail readers show as opened whether they read the email or not.',
    },
    data: paramsOff
      ? { outcome: 'unknown', text: 'Not checked.' }
      : appleRemoved.length > 0
        ? {
            outcome: 'partly',
            text: `Removed before the page loads: ${names(appleRemoved)} (on ${plural(linksWith('apple'), 'link')}). Apple publishes no list; these are observed or reported.${utmLinks.length > 0 ? ' UTM parameters get through.' : ''}`,
          }
        : utmLinks.length > 0
          ? {
              outcome: 'kept',
              text: 'UTM parameters get through (seen in published tests); nothing this email uses is on the reported list.',
            }
          : { outcome: 'kept', text: 'Nothing this email’s links carry is on the reported list.' },
  };

  // Proton
  const protonRemoved = removedBy('proton');
  const protonUtm = protonRemoved.filter((n) => n.startsWith('utm_'));
  const proton: ToolRow = {
    id: 'proton',
    name: 'Proton Mail',
    who: 'privacy-minded readers',
    clicks: !tidyLoaded
      ? { outcome: 'unknown', text: 'Not checked.' }
      : skipped.length > 0
        ? {
            outcome: 'partly',
            text: `Mostly counted, but ${plural(skipped.length, 'link')} ${skipped.length === 1 ? 'is' : 'are'} opened directly at ${names(skipped.map((f) => String(f.data?.['protonSkipsTo'])))}, skipping the redirect.`,
          }
        : { outcome: 'kept', text: 'Counted: Proton keeps the platform’s click redirect.' },
    opens: {
      outcome: 'lost',
      text: 'Often not counted: Proton’s email tracking protection blocks known tracking images.',
    },
    data: !tidyLoaded
      ? { outcome: 'unknown', text: 'Not checked.' }
      : protonRemoved.length > 0
        ? {
            outcome: protonUtm.length > 0 ? 'lost' : 'partly',
            text: `Removed before the page loads: ${names(protonRemoved)} (on ${plural(linksWith('proton'), 'link')}).${protonUtm.length > 0 ? ' Visits from Proton Mail arrive in analytics without the campaign.' : ''}`,
          }
        : { outcome: 'kept', text: 'Nothing this email’s links carry is removed.' },
  };

  // Blockers
  const linkBlocks = blocked.filter((f) => f.data?.['requestType'] === 'main_frame');
  const pixelBlocks = blocked.filter((f) => f.data?.['requestType'] === 'image');
  const trackerNames = (list: Finding[]) =>
    names(list.map((f) => String(f.data?.['tracker'] ?? 'a listed tracker')));
  const blockedLinkCount = linkBlocks.reduce((n, f) => n + linksOf(f), 0);
  const blockers: ToolRow = {
    id: 'blockers',
    name: 'Ad and tracker blockers',
    who: 'uBlock Origin, Ghostery, AdGuard, Brave Shields',
    clicks: !trackerDataLoaded
      ? { outcome: 'unknown', text: 'Not checked.' }
      : linkBlocks.length > 0
        ? {
            outcome: 'lost',
            text: `${plural(blockedLinkCount, 'link')} go${blockedLinkCount === 1 ? 'es' : ''} through ${trackerNames(linkBlocks)}, which Ghostery’s tracker list names: those readers may get a blocked page, and the click is not counted.`,
          }
        : { outcome: 'kept', text: 'Counted: no click-tracking link is on Ghostery’s tracker list.' },
    opens: !trackerDataLoaded
      ? { outcome: 'unknown', text: 'Not checked.' }
      : pixelBlocks.length > 0
        ? {
            outcome: 'lost',
            text: `Not counted: the open pixel is on Ghostery’s tracker list as ${trackerNames(pixelBlocks)}.`,
          }
        : {
            outcome: 'kept',
            text: 'The open pixel is not on Ghostery’s tracker list (other lists may still block it).',
          },
    data: { outcome: 'kept', text: 'Link parameters are left alone by most blockers.' },
  };

  const firefoxBrave: ToolRow = {
    id: 'firefox-brave',
    name: 'Firefox and Brave',
    who: 'strict tracking protection, private windows',
    clicks: { outcome: 'kept', text: 'Counted: the platform’s click redirect still runs.' },
    opens: { outcome: 'unknown', text: 'Depends on the reader’s mail app, not the browser.' },
    data: {
      outcome: 'unknown',
      text: 'Not checked: both remove known tracking parameters (such as fbclid, _hsenc, mkt_tok) in some modes, but publish no list this tool can use.',
    },
  };

  return { rows: [apple, proton, blockers, firefoxBrave], notes, versions: report.dataVersions ?? null };
}
