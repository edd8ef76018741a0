import type { Facts } from './facts';
import { judge } from './online/judge';
import type { AnalyzeOptions, Finding, Report, Severity } from './types';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The offline report with online facts judged by the online rules and merged
 * in (each link's check, the tracking-domain and sender checks, and their
 * findings), re-sorted and re-counted as analyzeHtml does. Pure and cheap: no
 * parsing, the given report is left as it was, so the page can call it on
 * every new answer. Kept in a module of its own so the page can load it
 * without the parser.
 */
export function withFacts(
  report: Report,
  facts: Facts,
  options: Pick<AnalyzeOptions, 'rules' | 'maxRedirects' | 'slowMs'> = {},
): Report {
  const judgeOptions = {
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.maxRedirects !== undefined ? { maxRedirects: options.maxRedirects } : {}),
    ...(options.slowMs !== undefined ? { slowMs: options.slowMs } : {}),
  };
  const findings: Finding[] = [...report.findings];
  const links = report.links.map((link) => {
    const check = link.url !== null ? facts.links?.[link.url] : undefined;
    if (!check) return link;
    const online = judge('link', check, judgeOptions);
    for (const f of online) {
      findings.push({ ...f, link: link.id, line: link.line, column: link.column, offset: link.offset });
    }
    return { ...link, check: { ...check, findings: online } };
  });
  const next: Report = { ...report, links, findings };
  if (facts.trackingDomains) {
    next.trackingDomainChecks = facts.trackingDomains.map((t) => {
      const online = judge('tracking-domain', t, judgeOptions);
      for (const f of online) findings.push({ ...f, link: null, line: 1, column: 1 });
      return { ...t, findings: online };
    });
  }
  if (facts.sender) {
    next.senderChecks = facts.sender.map((s) => {
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
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  next.summary = { links: links.length, errors, warnings, infos };
  return next;
}
