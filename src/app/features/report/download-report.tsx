import { FileDown } from 'lucide-react';
import { useState } from 'react';
import type { Report } from '../../../core/types';
import { Button } from '../../components/ui';
import { downloadFile, reportName } from '../../lib/download';
import type { RuleWords } from '../../lib/finding-words';
import type { Issues } from '../../lib/issues';
import { reportHtml } from './report-html';

interface Props {
  report: Report;
  issues: Issues;
  rules: ReadonlyMap<string, RuleWords>;
  text: string;
  /** The sanitised email with its pins, images held back. */
  preparePreview: () => Promise<string | null>;
}

/** "Download report": one offline HTML file to share (verdict, issues, preview with pins). */
export function DownloadReport({ report, issues, rules, text, preparePreview }: Props) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="primary"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        preparePreview()
          .then((previewHtml) => {
            const html = reportHtml({
              report,
              issues,
              rules,
              previewHtml: previewHtml ?? '<body></body>',
              text,
              generated: new Date(),
            });
            downloadFile(reportName(report.input.name), 'text/html', html);
          })
          .finally(() => setBusy(false));
      }}
    >
      <FileDown aria-hidden="true" className="size-4" />
      Download report
    </Button>
  );
}
