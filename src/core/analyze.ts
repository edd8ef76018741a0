import { forgetStringMemos } from './cache/string-memo';
import { extractLinks } from './extract/extract-links';
import type { Facts, LinkCheckFacts, OnlineFinding } from './facts';
import { decodeDestination } from './esp/destinations';
import { detectTrackingContext, markTracked } from './esp/tracking-context';
import { readInput, type InputProblem } from './input/read-input';
import { judge, type JudgeOptions } from './online/judge';
import type { RuleContext } from './rules/define-rule';
import { ruleById, rules } from './rules';
import type {
  AnalyzeOptions,
  Finding,
  FindingWording,
  InputInfo,
  Report,
  ReportLink,
  Severity,
} from './types';
import { utf8Length } from './input/utf8-length';
import { APPLE_DATA_VERSION } from './data/apple-link-tracking-protection';

export { planOnline } from './online/plan-online';

export type AnalyzeResult = { ok: true; report: Report } | { ok: false; error: InputProblem };

/** What analyzeHtml needs to know about input read from a file (an .eml's headers and sender). */
export interface ReadInputInfo {
  kind: 'html' | 'eml';
  bytes?: number;
  /** The HTML's UTF-8 length, when the reader has measured it already. */
  htmlBytes?: number;
  sender?: Report['sender'];
  headers?: RuleContext['headers'];
  charset?: InputInfo['charset'] | null;
}

const NO_PRIVACY_DATA = {
  trackerdb: null,
  adblocker: null,
  tidyUrl: null,
  appleLinkTrackingProtection: APPLE_DATA_VERSION,
} as const;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The plain wording of the finding a rule that threw leaves in the report. */
const INTERNAL_ERROR_WORDING: FindingWording = {
  title: 'One check could not finish',
  impact: 'A check stopped on this email, so a problem it looks for may have been missed.',
  remedy: 'The rest of the report is complete; please report this email to the maintainers of the tool.',
};

/**
 * Rules about a link's content, structure or tracking: a hidden link (nobody
 * sees or clicks it, see Link.hidden) gets none of their findings. Rules about
 * what the link does if opened (javascript:, phishing-like text) still apply.
 */
const NOT_FOR_HIDDEN_LINKS: ReadonlySet<string> = new Set([
  'empty-href',
  'empty-link-text',
  'missing-href',
  'ambiguous-link-text',
  'duplicate-link',
  'inconsistent-duplicate',
  'untracked-link',
  'missing-utm',
  'inconsistent-utm',
  'insecure-http',
  'vml-link-mismatch',
  'html-parse-error',
  'relative-url',
  'missing-scheme',
  'malformed-url',
  'whitespace-in-url',
  'href-spacing',
]);

/**
 * The whole offline analysis: input → links → tracking context → rules →
 * report. Online facts are added afterwards with withFacts(), which does not
 * parse again. Never throws on any input: problems with the input come back
 * as `{ ok: false, error }`.
 */
export async function analyze(
  data: string | Uint8Array,
  options: AnalyzeOptions = {},
): Promise<AnalyzeResult> {
  const read = await readInput(data, {
    ...(options.name !== undefined ? { name: options.name } : {}),
    ...(options.kind !== undefined ? { kind: options.kind } : {}),
  });
  if (!read.ok) return read;
  return { ok: true, report: analyzeHtml(read.input.html, options, read.input) };
}

/** The offline analysis of already-read input (HTML, or an .eml's HTML part with its headers). */
export function analyzeHtml(
  html: string,
  options: AnalyzeOptions = {},
  input: ReadInputInfo = { kind: 'html' },
): Report {
  forgetStringMemos();
  const { links, parseErrors, lines, images } = extractLinks(html);
  for (const link of links) {
    if (link.url !== null && link.kind === 'web') link.destination = decodeDestination(link.url);
  }
  const headers = input.headers ?? [];
  const context = detectTrackingContext({ links, inputKind: input.kind, headers, options });
  markTracked(links, context);

  const htmlBytes = input.htmlBytes ?? utf8Length(html);
  const inputInfo = {
    name: options.name ?? (input.kind === 'eml' ? 'input.eml' : 'input.html'),
    kind: input.kind,
    bytes: input.bytes ?? htmlBytes,
    htmlBytes,
    ...(input.charset ? { charset: input.charset } : {}),
  };
  const sender = input.sender ?? null;
  const findings: Finding[] = [];

  for (const rule of rules) {
    if (rule.kind !== 'offline') continue;
    const setting = options.rules?.[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    if (rule.modes && !rule.modes.includes(context.mode)) continue;
    const ctx: RuleContext = {
      html,
      lines,
      links,
      images,
      parseErrors,
      input: inputInfo,
      sender,
      headers,
      mode: context.mode,
      esp: context.esp,
      trackingDomains: context.trackingDomains,
      options,
      report({ link, messageId, offset, data, relatedLinks, severity }) {
        if (link?.hidden && NOT_FOR_HIDDEN_LINKS.has(rule.id)) return;
        const spec = rule.messages[messageId];
        // A message the rule does not declare is a bug in the rule: it becomes an internal-error finding.
        if (!spec) throw new Error(`it reported the message ID "${messageId}", which it does not declare`);
        const at = offset !== undefined ? lines.position(offset) : link ? lines.position(link.offset) : null;
        const finding: Finding = {
          rule: rule.id,
          messageId,
          // A variant's own severity (the open pixel of tracker-blocked) unless the user set the rule's.
          severity: severity !== undefined && options.rules?.[rule.id] === undefined ? severity : setting,
          effect: rule.effect,
          message: spec.text(data),
          title: spec.wording?.title ?? rule.title,
          impact: spec.wording?.impact ?? rule.impact,
          remedy: spec.wording?.remedy ?? rule.remedy,
          link: link ? link.id : null,
          line: at?.line ?? 1,
          column: at?.column ?? 1,
        };
        // The optional fields are added in this order, not spread in (a spread made two objects per finding):
        // the report's JSON has its keys in the same order either way.
        if (at) finding.offset = at.offset;
        finding.data = data;
        if (relatedLinks && relatedLinks.length > 0) finding.relatedLinks = relatedLinks.map((l) => l.id);
        findings.push(finding);
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      // A rule bug must not take the whole report down; say so in the report instead.
      findings.push({
        rule: 'internal-error',
        messageId: `internal-error/${rule.id}`,
        severity: 'warning',
        effect: 'other',
        message: `Rule ${rule.id} failed on this input: ${e instanceof Error ? e.message : String(e)}`,
        ...INTERNAL_ERROR_WORDING,
        link: null,
        line: 1,
        column: 1,
      });
    }
  }

  return finish({
    version: 1,
    input: inputInfo,
    mode: context.mode,
    esp: context.esp,
    trackingDomains: context.trackingDomains,
    sender,
    links,
    findings,
    summary: { links: 0, errors: 0, warnings: 0, infos: 0 },
    dataVersions: options.privacy?.versions ?? NO_PRIVACY_DATA,
  });
}

/** Where a finding about the whole email or a domain stands: before every finding with a place. */
function byPlaceThenSeverity(a: Finding, b: Finding): number {
  return (
    (a.offset ?? -1) - (b.offset ?? -1) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.rule.localeCompare(b.rule)
  );
}

/** Sorts the findings (by place, then severity, then rule) and counts them. */
function finish(report: Report): Report {
  report.findings.sort(byPlaceThenSeverity);
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of report.findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  report.summary = { links: report.links.length, errors, warnings, infos };
  return report;
}

/** Options withFacts takes: the severity settings and thresholds of the analysis. */
export type WithFactsOptions = Pick<AnalyzeOptions, 'rules' | 'maxRedirects' | 'slowMs'>;

function isOnlineFinding(f: Finding): boolean {
  return ruleById.get(f.rule)?.kind === 'online';
}

/**
 * The report with online facts judged and attached: each link's check (a
 * wrapper link without its own check gets the check of its decoded
 * destination), the tracking-domain and sender checks, and their findings,
 * re-sorted and re-counted. Pure and cheap: the HTML is not parsed again, the
 * given report is not changed, and facts given earlier are replaced, so the
 * page can call it on every new answer with the offline report.
 */
export function withFacts(report: Report, facts: Facts, options: WithFactsOptions = {}): Report {
  const judgeOptions: JudgeOptions = {
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.maxRedirects !== undefined ? { maxRedirects: options.maxRedirects } : {}),
    ...(options.slowMs !== undefined ? { slowMs: options.slowMs } : {}),
  };
  const findings = report.findings.filter((f) => !isOnlineFinding(f));
  const judged = new Map<LinkCheckFacts, OnlineFinding[]>();
  const linkFacts = facts.links ?? {};
  const links: ReportLink[] = report.links.map((link) => {
    const { check: _previous, ...bare } = link;
    const check =
      (link.url !== null ? linkFacts[link.url] : undefined) ??
      (link.destination?.url ? linkFacts[link.destination.url] : undefined);
    if (!check) return bare;
    let online = judged.get(check);
    if (!online) {
      online = judge('link', check, judgeOptions);
      judged.set(check, online);
    }
    for (const f of online) {
      findings.push({ ...f, link: link.id, line: link.line, column: link.column, offset: link.offset });
    }
    return { ...bare, check: { ...check, findings: online } };
  });
  const { trackingDomainChecks: _tracking, senderChecks: _sender, ...offline } = report;
  const out: Report = { ...offline, links, findings };
  if (facts.trackingDomains) {
    out.trackingDomainChecks = facts.trackingDomains.map((t) => {
      const online = judge('tracking-domain', t, judgeOptions);
      for (const f of online) findings.push({ ...f, link: null, line: 1, column: 1 });
      return { ...t, findings: online };
    });
  }
  if (facts.sender) {
    out.senderChecks = facts.sender.map((s) => {
      const online = judge('sender', s, judgeOptions);
      for (const f of online) findings.push({ ...f, link: null, line: 1, column: 1 });
      return { ...s, findings: online };
    });
  }
  return finish(out);
}
