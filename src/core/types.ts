/**
 * The shapes every layer shares: the report of docs/contracts/report.md and the
 * links, findings and options behind it. Fields of the contract keep its names.
 */
import type { DataVersions, PrivacyEngines } from './privacy/privacy-engines';
import type { LinkCheckFacts, SenderFacts, TrackingDomainFacts } from './facts';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type Mode = 'sent' | 'template';

export type LinkKind =
  'web' | 'mailto' | 'tel' | 'sms' | 'fragment' | 'merge-tag' | 'javascript' | 'relative' | 'empty' | 'other';

/** A half-open range of UTF-16 offsets into the HTML that was parsed. */
export interface Range {
  start: number;
  end: number;
}

export interface Position {
  /** 1-based */
  line: number;
  /** 1-based, in UTF-16 code units */
  column: number;
  /** 0-based, in UTF-16 code units */
  offset: number;
}

export type MergeTagDialect =
  | 'mailchimp'
  | 'handlebars'
  | 'liquid'
  | 'ampscript'
  | 'bracket'
  | 'double-bracket'
  | 'sendgrid-legacy'
  | 'freemarker'
  | 'smarty'
  | 'hash'
  | 'percent'
  | 'ghost'
  | 'mailcoach'
  | 'listmonk'
  | 'eloqua'
  | 'zoho';

export interface MergeTag {
  dialect: MergeTagDialect;
  /** The tag as written, delimiters included. */
  text: string;
  /** Offsets into Link.href (the decoded value), half-open. */
  start: number;
  end: number;
}

/** The raw source of the attribute that carries the link, as written. */
export interface RawLinkAttribute {
  /** The attribute name as written (case kept). */
  name: string;
  /** The whole attribute as written, e.g. `href = "x"`. */
  source: string;
  /** Range of the whole attribute in the HTML. */
  range: Range;
  /** Range of the value in the HTML, without quotes. Entities not decoded. */
  valueRange: Range;
  /** The value as written, without quotes, entities not decoded. */
  rawValue: string;
  quote: '"' | "'" | '';
}

/** A wrapper that carries its destination (SES, Mandrill, Safe Links, Google …), decoded. */
export interface WrappedDestination {
  /** What wrapped it: an esp id (`amazon-ses`, `mandrill`) or gateway id (`safelinks`, `proofpoint`, `google`, …). */
  via: string;
  /** The decoded destination URL, or null when the wrapper hides it (Mimecast). */
  url: string | null;
  /** The destination host when only that is known. */
  host: string | null;
}

export interface Link {
  /** `L1`, `L2`, … in document order. */
  id: string;
  /** The attribute value after character references are decoded, untrimmed; null without an href. */
  href: string | null;
  /** The normalised absolute URL, or null (relative, malformed, merge tag, empty). */
  url: string | null;
  kind: LinkKind;
  /** `a`, `area`, `v:roundrect`, … (lowercase, as the parser names it). */
  element: string;
  outlookOnly: boolean;
  /** In sent mode for web links: whether the link goes through a click-tracking host; otherwise null. */
  tracked: boolean | null;
  /** Visible text, white space collapsed. */
  text: string;
  /** The alt text of images inside the link, joined with a space; null when there are none with alt. */
  imageAlt: string | null;
  /** aria-label or title of the element, when present. */
  ariaLabel: string | null;
  /** Where the href value starts (the start tag where there is no href). */
  line: number;
  column: number;
  offset: number;
  /** All attributes of the element: lowercase name → decoded value. */
  attributes: Record<string, string>;
  /** The href attribute as written; null without one. */
  raw: RawLinkAttribute | null;
  /** The start tag in the HTML. */
  startTag: Range;
  /** The whole element (start tag to end tag, or start tag alone when it has no end). */
  elementRange: Range;
  /** The conditional comment's condition (`mso`, `gte mso 9`, `IE`) for links inside one; null otherwise. */
  condition: string | null;
  /** Merge tags inside href, in order. */
  mergeTags: MergeTag[];
  /** The destination a tracking wrapper or security gateway carries, decoded; null when none. */
  destination: WrappedDestination | null;
  /** Whether the element contains an <img> readers can see (not a 1-pixel spacer or a hidden one). */
  hasImage: boolean;
  /**
   * Nobody sees or clicks this link: it or an ancestor is hidden (display:none,
   * visibility:hidden, zero size, moved off screen: a honeypot), or an `<a>`
   * has no content at all (no text, no visible image). Hidden links are not
   * content: no empty-text, structure or tracking findings are made for them.
   */
  hidden: boolean;
}

export interface ParseErrorInfo {
  /** parse5's error code (e.g. `duplicate-attribute`) or our own (`nested-a`, `a-not-closed`). */
  code: string;
  line: number;
  column: number;
  offset: number;
}

/** What a problem does to the campaign; the page groups findings by it. */
export type FindingEffect =
  'clicks-not-counted' | 'broken-or-risky' | 'campaign-data' | 'accessibility' | 'other';

/** The plain-language side of a finding, for people who never read the rule catalogue. */
export interface FindingWording {
  /** Short, plain words for the page: "Link without a full web address". */
  title: string;
  /** One plain line: what happens to clicks or data. */
  impact: string;
  /** Plain: what to do. Never a command-line option. */
  remedy: string;
}

export interface Finding extends FindingWording {
  rule: string;
  /** Stable: `<rule-id>` or `<rule-id>/<variant>`. */
  messageId: string;
  severity: Severity;
  effect: FindingEffect;
  /** The developer-facing sentence the JSON, text, SARIF, CSV and Markdown reports carry. */
  message: string;
  /** The link id, or null for findings about the whole email or a domain. */
  link: string | null;
  line: number;
  column: number;
  /** 0-based offset where the finding points, when it has a place in the HTML. */
  offset?: number;
  /** Extra facts for UIs and formatters (e.g. the decoded destination). */
  data?: Record<string, unknown>;
  /** Other link ids the same finding covers (one finding per cause). */
  relatedLinks?: string[];
}

export interface InputInfo {
  name: string;
  kind: 'html' | 'eml';
  bytes: number;
  htmlBytes: number;
  /**
   * Present when the message's part was labelled with a legacy charset (us-ascii,
   * ISO-8859-1) but its bytes are valid UTF-8: it was read as UTF-8 instead.
   */
  charset?: { declared: string; used: 'utf-8' };
}

export interface DkimSignatureRef {
  domain: string;
  selector: string;
}

export interface SenderInfo {
  from: string | null;
  domain: string | null;
  dkim: DkimSignatureRef[];
  returnPath?: string | null;
  listUnsubscribe?: string[];
  listUnsubscribePost?: string | null;
  subject?: string | null;
}

export interface Summary {
  links: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface Report {
  version: 1;
  input: InputInfo;
  mode: Mode;
  esp: string | null;
  trackingDomains: string[];
  sender: SenderInfo | null;
  links: ReportLink[];
  findings: Finding[];
  summary: Summary;
  /** Present with --online / online facts: see ./facts.ts. */
  trackingDomainChecks?: TrackingDomainFacts[];
  senderChecks?: SenderFacts[];
  /**
   * The versions of the privacy data the `param-stripped` and `tracker-blocked`
   * rules judged with (null where that data was not loaded).
   */
  dataVersions?: DataVersions;
}

/** A link as the report carries it: the Link, plus `check` when online facts were given. */
export type ReportLink = Link & { check?: LinkCheckFacts };

export interface AnalyzeOptions {
  /** Shown in the report; default `input.html` / `input.eml`. */
  name?: string;
  /** Force how the text is read; default: sniffed. */
  kind?: 'html' | 'eml';
  /** Override the detected mode. */
  mode?: Mode;
  /** Click-tracking host(s) the email must use; implies sent mode. */
  trackingDomains?: string[];
  /** Domains (and their subdomains) deliberately left untracked. */
  allowUntracked?: string[];
  /** Per-rule severity overrides; `off` turns a rule off. */
  rules?: Record<string, SeveritySetting>;
  /**
   * Ghostery's tracker database and Proton's link cleaner, loaded by the caller
   * (large: the app's worker and the CLI load them once, lazily). Without them
   * `tracker-blocked` stays silent and `param-stripped` names Apple's removals only.
   */
  privacy?: PrivacyEngines | null;
  /** Online rule thresholds. */
  maxRedirects?: number;
  slowMs?: number;
}
