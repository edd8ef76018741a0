import type { Summary } from '../core/types';
import type { FailOn } from './parse-args';

/** docs/contracts/report.md: 0 when no finding is at or above `--fail-on`, 1 when there is one. */
export function exitCodeFor(summary: Summary, failOn: FailOn): 0 | 1 {
  switch (failOn) {
    case 'never':
      return 0;
    case 'warning':
      return summary.errors + summary.warnings > 0 ? 1 : 0;
    case 'error':
      return summary.errors > 0 ? 1 : 0;
  }
}
