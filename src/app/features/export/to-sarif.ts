import type { Report } from '../../../core/types';
import type { RuleInfo } from '../../worker/analysis-protocol';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0: one run, the rules that fired, one result per finding with its position. */
export function reportToSarif(report: Report, rules: Map<string, RuleInfo>): string {
  const ids = [...new Set(report.findings.map((f) => f.rule))].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'email-link-inspector',
            informationUri: 'https://github.com/email-link-inspector/email-link-inspector',
            rules: ids.map((id) => ({
              id,
              shortDescription: { text: rules.get(id)?.summary ?? id },
              defaultConfiguration: { level: LEVEL[rules.get(id)?.defaultSeverity ?? 'warning'] },
            })),
          },
        },
        results: report.findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: ids.indexOf(f.rule),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: report.input.name },
                region: { startLine: f.line, startColumn: f.column },
              },
            },
          ],
          ...(f.link ? { properties: { link: f.link } } : {}),
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
