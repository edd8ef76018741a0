import { forgetStringMemos } from './cache/string-memo';
import { extractLinks } from './extract/extract-links';
import type { Facts } from './facts';
import { decodeDestination } from './esp/destinations';
import { detectTrackingContext, markTracked } from './esp/tracking-context';
import { readInput, type InputProblem } from './input/read-input';
import { judge } from './online/judge';
import type { RuleContext } from './rules/define-rule';
import { rules } from './rules';
import type { AnalyzeOptions, Finding, InputInfo, Report, ReportLink, Severity } from './types';
import { utf8Length } from './input/utf8-length';
import { APPLE_DATA_VERSION } from './data/apple-link-tracking-protection';

export type AnalyzeResult = { ok: true; report: Report } | { ok: false; error: InputProblem };

const NO_PRIVACY_DATA = {
  trackerdb: null,
  adblocker: null,
  tidyUrl: null,
  appleLinkTrackingProtection: APPLE_DATA_VERSION,
} as const;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The whole offline analysis: input → links → tracking context → rules →
 * report. Online facts, when given, are judged by the same online rules the
 * service uses and merged in. Never throws on any input: problems with the
 * input come back as `{ ok: false, error }`.
 */
export async function analyze(
  data: string | Uint8Array,
  options: AnalyzeOptions = {},
  facts?: Facts,
): Promise<AnalyzeResult> {
  const read = await readInput(data, {
    ...(options.name !== undefined ? { name: options.name } : {}),
    ...(options.kind !== undefined ? { kind: options.kind } : {}),
  });
  if (!read.ok) return read;
  const input = read.input;
  return { ok: true, report: analyzeHtml(input.html, options, facts, input) };
}

/** The analysis of already-read input (HTML, or an .eml's HTML part with its headers). */
export function analyzeHtml(
  html: string,
  options: AnalyzeOptions = {},
  facts?: Facts,
  input: {
    kind: 'html' | 'eml';
    bytes?: number;
    sender?: Report['sender'];
    headers?: RuleContext['headers'];
    charset?: InputInfo['charset'] | null;
  } = { kind: 'html' },
): Report {
  forgetStringMemos();
  const { links, parseErrors, lines, images } = extractLinks(html);
  for (const link of links) {
    if (link.url !== null && link.kind === 'web') link.destination = decodeDestination(link.url);
  }
  const headers = input.headers ?? [];
  const context = detectTrackingContext({ links, inputKind: input.kind, headers, options });
  markTracked(links, context);

  const htmlBytes = utf8Length(html);
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
      report({ link, message, offset, data }) {
        const at = offset !== undefined ? lines.position(offset) : link ? lines.position(link.offset) : null;
        findings.push({
          rule: rule.id,
          severity: setting,
          message,
          link: link ? link.id : null,
          line: at?.line ?? 1,
          column: at?.column ?? 1,
          ...(at ? { offset: at.offset } : {}),
          ...(data ? { data } : {}),
        });
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      // A rule bug must not take the whole report down; say so in the report instead.
      findings.push({
        rule: 'internal-error',
        severity: 'warning',
        message: `Rule ${rule.id} failed on this input: ${e instanceof Error ? e.message : String(e)}`,
        link: null,
        line: 1,
        column: 1,
      });
    }
  }

  const reportLinks: ReportLink[] = links;
  const judgeOptions = {
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.maxRedirects !== undefined ? { maxRedirects: options.maxRedirects } : {}),
    ...(options.slowMs !== undefined ? { slowMs: options.slowMs } : {}),
  };
  if (facts?.links) {
    for (const link of reportLinks) {
      const check = link.url !== null ? facts.links[link.url] : undefined;
      if (!check) continue;
      const online = judge('link', check, judgeOptions);
      link.check = { ...check, findings: online };
      for (const f of online) {
        findings.push({ ...f, link: link.id, line: link.line, column: link.column, offset: link.offset });
      }
    }
  }
  const report: Report = {
    version: 1,
    input: inputInfo,
    mode: context.mode,
    esp: context.esp,
    trackingDomains: context.trackingDomains,
    sender,
    links: reportLinks,
    findings,
    summary: { links: 0, errors: 0, warnings: 0, infos: 0 },
    dataVersions: options.privacy?.versions ?? NO_PRIVACY_DATA,
  };
  if (facts?.trackingDomains) {
    report.trackingDomainChecks = facts.trackingDomains.map((t) => {
      const online = judge('tracking-domain', t, judgeOptions);
      for (const f of online) findings.push({ ...f, link: null, line: 1, column: 1 });
      return { ...t, findings: online };
    });
  }
  if (facts?.sender) {
    report.senderChecks = facts.sender.map((s) => {
      const online = judge('sender', s, judgeOptions);
      for (const f of online) findings.push({ ...f, link: null, line: 1, column: 1 });
      return { ...s, findings: online };
    });
  }
  findings.sort(
    (a, b) =>
      (a.offset ?? -1) - (b.offset ?? -1) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.rule.localeCompare(b.rule),
  );
  report.summary = {
    links: links.length,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };
  return report;
}
