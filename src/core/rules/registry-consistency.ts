import type { Rule } from './define-rule';
import { rule as ambiguousLinkText } from './ambiguous-link-text/ambiguous-link-text';
import { rule as duplicateLink } from './duplicate-link/duplicate-link';
import { rule as emptyLinkText } from './empty-link-text/empty-link-text';
import { rule as inconsistentDuplicate } from './inconsistent-duplicate/inconsistent-duplicate';
import { rule as inconsistentUtm } from './inconsistent-utm/inconsistent-utm';
import { rule as missingUtm } from './missing-utm/missing-utm';
import { rule as utmAfterFragment } from './utm-after-fragment/utm-after-fragment';
import { rule as vmlLinkMismatch } from './vml-link-mismatch/vml-link-mismatch';

/** Rules that compare links with each other (duplicates, Outlook copies, UTM tagging) and judge link text. */
export const consistencyRules: readonly Rule[] = [
  duplicateLink,
  inconsistentDuplicate,
  vmlLinkMismatch,
  missingUtm,
  inconsistentUtm,
  utmAfterFragment,
  emptyLinkText,
  ambiguousLinkText,
];
