import type { Rule } from '../rules/define-rule';
import type { Finding, Report, Severity } from '../types';
import { ruleDocUrl } from './rule-doc-url';

/** What SARIF needs to know about a rule: its registry entry's metadata. */
export type SarifRuleInfo = Pick<Rule, 'id' | 'defaultSeverity' | 'summary' | 'category'>;

export interface SarifFormatOptions {
  /** The rule catalogue to describe rules from (the registry, in the CLI). */
  catalogue: readonly SarifRuleInfo[];
  toolVersion?: string;
  informationUri?: string;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

interface SarifRun {
  tool: {
    driver: {
      name: string;
      version?: string;
      informationUri?: string;
      rules: SarifReportingDescriptor[];
    };
  };
  artifacts: Array<{ location: { uri: string }; length: number }>;
  results: SarifResult[];
}

interface SarifReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { category: string };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string; index: number };
      region: { startLine: number; startColumn: number; endColumn?: number };
    };
  }>;
  properties?: { link: string; href: string | null };
}

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, the rules the results use
 * (with their doc pages), one result per finding located in the input file.
 * For an .eml, lines refer to the decoded HTML part.
 */
export function toSarif(report: Report, options: SarifFormatOptions): SarifLog {
  const known = new Map(options.catalogue.map((r) => [r.id, r]));
  const used = [...new Set(report.findings.map((f) => f.rule))];
  const descriptors = used.map((id) => descriptor(id, known.get(id), report.findings));
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const uri = artifactUri(report.input.name);
  const linkById = new Map(report.links.map((l) => [l.id, l]));

  const results = report.findings.map((f): SarifResult => {
    const link = f.link !== null ? linkById.get(f.link) : undefined;
    const region: SarifResult['locations'][number]['physicalLocation']['region'] = {
      startLine: f.line,
      startColumn: f.column,
    };
    const raw = link?.raw;
    if (raw && f.offset === raw.valueRange.start && !/[\r\n]/.test(raw.rawValue) && raw.rawValue.length > 0) {
      region.endColumn = f.column + raw.rawValue.length;
    }
    return {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule) ?? 0,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: { uri, index: 0 }, region } }],
      ...(link ? { properties: { link: link.id, href: link.href } } : {}),
    };
  });

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'email-link-inspector',
            ...(options.toolVersion !== undefined ? { version: options.toolVersion } : {}),
            ...(options.informationUri !== undefined ? { informationUri: options.informationUri } : {}),
            rules: descriptors,
          },
        },
        artifacts: [{ location: { uri }, length: report.input.bytes }],
        results,
      },
    ],
  };
}

export function formatSarif(report: Report, options: SarifFormatOptions): string {
  return `${JSON.stringify(toSarif(report, options), null, 2)}\n`;
}

function descriptor(
  id: string,
  rule: SarifRuleInfo | undefined,
  findings: readonly Finding[],
): SarifReportingDescriptor {
  // A finding of a rule outside the catalogue (an internal error) is still described, at its own level.
  const severity = rule?.defaultSeverity ?? findings.find((f) => f.rule === id)?.severity ?? 'warning';
  return {
    id,
    name: id
      .split('-')
      .map((w) => (w[0] ?? '').toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: rule?.summary ?? id },
    helpUri: ruleDocUrl(id),
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { category: rule?.category ?? 'internal' },
  };
}

/** A relative URI reference for the input path: forward slashes, no leading `./`, percent-encoded. */
function artifactUri(name: string): string {
  return encodeURI(name.replace(/\\/g, '/').replace(/^(\.\/)+/, ''));
}
