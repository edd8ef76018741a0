import type { TextEdit } from './text-edit';

/**
 * A fix a rule offers for one finding: text edits at source offsets, so the
 * rest of the file stays byte for byte as it was. `safe` fixes keep the
 * link's meaning and are applied by "fix all"; the others change what the
 * link does (http→https, removing an opt-out) and are only offered.
 */
export interface Fix {
  rule: string;
  /** The link id, or null for a fix of the whole email. */
  link: string | null;
  /** What the fix does, in words (e.g. `Add "https://" in front of www.shop.com/x`). */
  description: string;
  safe: boolean;
  edits: TextEdit[];
  /** The href before and after, for display. */
  before?: string | null;
  after?: string | null;
}
