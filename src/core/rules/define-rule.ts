import type {
  AnalyzeOptions,
  FindingEffect,
  FindingWording,
  InputInfo,
  Link,
  Mode,
  ParseErrorInfo,
  SenderInfo,
  Severity,
} from '../types';
import type { ImageInfo } from '../extract/extract-links';
import type { LineIndex } from '../extract/line-index';
import type { Fix, FixInput } from '../edit/fix';
import type { LinkCheckFacts, SenderFacts, TrackingDomainFacts } from '../facts';

export type RuleCategory =
  | 'url'
  | 'encoding'
  | 'tracking'
  | 'utm'
  | 'merge-tags'
  | 'accessibility'
  | 'structure'
  | 'security'
  | 'redirects'
  | 'tracking-domain'
  | 'sender';

/**
 * What an offline rule sees: the parsed email and its tracking context. `Id`
 * is the rule's message IDs, so `report` only takes one the rule declares.
 */
export interface RuleContext<Id extends string = string> {
  /** The HTML that was parsed (for an .eml, the decoded HTML part). */
  readonly html: string;
  readonly lines: LineIndex;
  readonly links: readonly Link[];
  readonly images: readonly ImageInfo[];
  readonly parseErrors: readonly ParseErrorInfo[];
  readonly input: InputInfo;
  readonly sender: SenderInfo | null;
  /** All headers of an .eml (lowercase key), empty for HTML. */
  readonly headers: ReadonlyArray<{ key: string; value: string }>;
  readonly mode: Mode;
  readonly esp: string | null;
  readonly trackingDomains: readonly string[];
  readonly options: Readonly<AnalyzeOptions>;
  /**
   * Report a finding. With `link`, it carries the link's id and position unless
   * `offset` points elsewhere; without, it is about the whole email (`link: null`).
   */
  report(finding: {
    link?: Link | null;
    /** One of the rule's `messages` (`<rule-id>` or `<rule-id>/<variant>`): it makes the sentence and wording from `data`. */
    messageId: Id;
    offset?: number;
    /** The facts the message is made from (JSON-serialisable: findings travel on the wire). */
    data: Record<string, unknown>;
    /** Other links the same finding covers. */
    relatedLinks?: readonly Link[];
    /**
     * A severity other than the rule's default for this finding (a variant the
     * marketer cannot act on). A user's severity setting for the rule wins.
     */
    severity?: Severity;
  }): void;
}

/**
 * One message of a rule: the developer sentence (JSON, text, SARIF, CSV,
 * Markdown) made from the finding's structured data, and the plain wording
 * for the page where the rule's own title, impact or remedy does not fit.
 */
export interface RuleMessage {
  text(data: Record<string, unknown>): string;
  wording?: Partial<FindingWording>;
}

export interface RuleMeta {
  /** The ID of docs/contracts/rules.md: kebab-case, never renamed. */
  id: string;
  defaultSeverity: Severity;
  category: RuleCategory;
  /** One line: when it is reported. */
  summary: string;
  /** What the problem does to the campaign. */
  effect: FindingEffect;
  /** Plain words for the page, for people who never read the catalogue. */
  title: string;
  /** One plain line: what happens to clicks or data. */
  impact: string;
  /** Plain: what to do. Never a command-line option. */
  remedy: string;
  /** A short fix for the Markdown summary a marketer pastes into a support ticket. */
  fixHint: string;
  /**
   * The rule's messages by message ID (`<rule-id>` or `<rule-id>/<variant>`):
   * a finding reported with a `messageId` and `data` gets its sentence and
   * wording from here, so each audience's words come from the same facts.
   */
  messages: Readonly<Record<string, RuleMessage>>;
  /** Why the default severity is what it is; the rule page says the same under "Why this severity". */
  severityRationale: string;
  /**
   * The repair of one finding as text edits, or null when this finding has
   * none; absent when the right repair is a human decision (a relative link's
   * host, a missing href's destination).
   */
  fix?(input: FixInput): Fix | null;
}

export interface OfflineRule extends RuleMeta {
  kind: 'offline';
  /** The modes it applies in; all when absent. */
  modes?: readonly Mode[];
  check(ctx: RuleContext): void;
}

/** A verdict of an online rule about one fact. */
export interface OnlineVerdict<Id extends string = string> {
  /** One of the rule's `messages` (`<rule-id>` or `<rule-id>/<variant>`): it makes the sentence from `data`. */
  messageId: Id;
  /** The facts the message is made from (JSON-serialisable: findings travel on the wire). */
  data: Record<string, unknown>;
  /** Plain wording for this verdict, where the message's and the rule's do not fit. */
  wording?: Partial<FindingWording>;
  hop?: number;
  /**
   * A severity other than the rule's default for this verdict (`dkim-weak-key`
   * is info at 1024 bits). A user's severity setting for the rule wins.
   */
  severity?: Severity;
}

export interface OnlineJudgeOptions {
  maxRedirects: number;
  slowMs: number;
}

/**
 * An online rule judges facts the look-up service found. A rule may judge
 * more than one subject (`tls-invalid` judges a tracking domain and each
 * https hop of a link's chain).
 */
export interface OnlineRule extends RuleMeta {
  kind: 'online';
  judgeLink?(fact: LinkCheckFacts, options: OnlineJudgeOptions): OnlineVerdict[];
  judgeSender?(fact: SenderFacts, options: OnlineJudgeOptions): OnlineVerdict[];
  judgeTrackingDomain?(fact: TrackingDomainFacts, options: OnlineJudgeOptions): OnlineVerdict[];
}

export type Rule = OfflineRule | OnlineRule;

/**
 * An offline rule. Its `check` reports only message IDs its `messages`
 * declare (by their literal keys), so a finding cannot be worded elsewhere.
 */
export function defineRule<Id extends string>(
  rule: Omit<OfflineRule, 'kind' | 'messages' | 'check'> & {
    messages: Readonly<Record<Id, RuleMessage>>;
    check(ctx: RuleContext<Id>): void;
  },
): OfflineRule {
  return { kind: 'offline', ...rule };
}

/** An online rule. Its verdicts name only message IDs its `messages` declare (by their literal keys). */
export function defineOnlineRule<Id extends string>(
  rule: Omit<OnlineRule, 'kind' | 'messages' | 'judgeLink' | 'judgeSender' | 'judgeTrackingDomain'> & {
    messages: Readonly<Record<Id, RuleMessage>>;
    judgeLink?(fact: LinkCheckFacts, options: OnlineJudgeOptions): OnlineVerdict<NoInfer<Id>>[];
    judgeSender?(fact: SenderFacts, options: OnlineJudgeOptions): OnlineVerdict<NoInfer<Id>>[];
    judgeTrackingDomain?(
      fact: TrackingDomainFacts,
      options: OnlineJudgeOptions,
    ): OnlineVerdict<NoInfer<Id>>[];
  },
): OnlineRule {
  return { kind: 'online', ...rule };
}
