import type { Rule } from './define-rule';
import { rule as ambiguousLinkText } from './ambiguous-link-text/ambiguous-link-text';
import { blockedTarget } from './blocked-target/blocked-target';
import { botBlocked } from './bot-blocked/bot-blocked';
import { brokenLink } from './broken-link/broken-link';
import { rule as dkimMissing } from './dkim-missing/dkim-missing';
import { rule as dkimWeakKey } from './dkim-weak-key/dkim-weak-key';
import { rule as dmarcMissing } from './dmarc-missing/dmarc-missing';
import { rule as dmarcPolicyNone } from './dmarc-policy-none/dmarc-policy-none';
import { rule as dnsLookupFailed } from './dns-lookup-failed/dns-lookup-failed';
import { rule as dnsPropagation } from './dns-propagation/dns-propagation';
import { rule as domainBlocklisted } from './domain-blocklisted/domain-blocklisted';
import { rule as doubleEncodedEntity } from './double-encoded-entity/double-encoded-entity';
import { rule as duplicateLink } from './duplicate-link/duplicate-link';
import { rule as emailAsWebLink } from './email-as-web-link/email-as-web-link';
import { rule as emptyHref } from './empty-href/empty-href';
import { rule as emptyLinkText } from './empty-link-text/empty-link-text';
import { fetchFailed } from './fetch-failed/fetch-failed';
import { rule as freeMailSender } from './free-mail-sender/free-mail-sender';
import { rule as gmailClipping } from './gmail-clipping/gmail-clipping';
import { rule as hrefSpacing } from './href-spacing/href-spacing';
import { rule as htmlParseError } from './html-parse-error/html-parse-error';
import { httpsDowngrade } from './https-downgrade/https-downgrade';
import { rule as inconsistentDuplicate } from './inconsistent-duplicate/inconsistent-duplicate';
import { rule as inconsistentUtm } from './inconsistent-utm/inconsistent-utm';
import { rule as insecureHttp } from './insecure-http/insecure-http';
import { rule as invisibleCharacters } from './invisible-characters/invisible-characters';
import { rule as javascriptUrl } from './javascript-url/javascript-url';
import { rule as linkShortener } from './link-shortener/link-shortener';
import { rule as linkTextMismatch } from './link-text-mismatch/link-text-mismatch';
import { longRedirectChain } from './long-redirect-chain/long-redirect-chain';
import { rule as mailtoInvalid } from './mailto-invalid/mailto-invalid';
import { rule as malformedUrl } from './malformed-url/malformed-url';
import { rule as mergeTag } from './merge-tag/merge-tag';
import { rule as missingHref } from './missing-href/missing-href';
import { rule as missingScheme } from './missing-scheme/missing-scheme';
import { rule as missingUtm } from './missing-utm/missing-utm';
import { rule as mxMissing } from './mx-missing/mx-missing';
import { notRequested } from './not-requested/not-requested';
import { rule as openPixelMissing } from './open-pixel-missing/open-pixel-missing';
import { rule as paramStripped } from './param-stripped/param-stripped';
import { rule as qpArtifact } from './qp-artifact/qp-artifact';
import { redirectLoop } from './redirect-loop/redirect-loop';
import { rule as relativeUrl } from './relative-url/relative-url';
import { rule as repeatedParameter } from './repeated-parameter/repeated-parameter';
import { rule as secondQuestionMark } from './second-question-mark/second-question-mark';
import { rule as securityRewritten } from './security-rewritten/security-rewritten';
import { slowResponse } from './slow-response/slow-response';
import { rule as smartQuotesInUrl } from './smart-quotes-in-url/smart-quotes-in-url';
import { rule as spfMissing } from './spf-missing/spf-missing';
import { rule as spfMultipleRecords } from './spf-multiple-records/spf-multiple-records';
import { rule as spfPermissiveAll } from './spf-permissive-all/spf-permissive-all';
import { rule as spfTooManyLookups } from './spf-too-many-lookups/spf-too-many-lookups';
import { rule as tlsExpiring } from './tls-expiring/tls-expiring';
import { rule as tlsInvalid } from './tls-invalid/tls-invalid';
import { rule as trackerBlocked } from './tracker-blocked/tracker-blocked';
import { tooManyRedirects } from './too-many-redirects/too-many-redirects';
import { rule as trackingCnameMismatch } from './tracking-cname-mismatch/tracking-cname-mismatch';
import { rule as trackingCnameMissing } from './tracking-cname-missing/tracking-cname-missing';
import { rule as trackingDisabled } from './tracking-disabled/tracking-disabled';
import { rule as unbalancedMergeTag } from './unbalanced-merge-tag/unbalanced-merge-tag';
import { rule as unencodedCharacters } from './unencoded-characters/unencoded-characters';
import { rule as untrackedLink } from './untracked-link/untracked-link';
import { rule as utmAfterFragment } from './utm-after-fragment/utm-after-fragment';
import { utmDropped } from './utm-dropped/utm-dropped';
import { rule as vmlLinkMismatch } from './vml-link-mismatch/vml-link-mismatch';
import { rule as whitespaceInUrl } from './whitespace-in-url/whitespace-in-url';

/**
 * THE registry: every rule, offline and online, in the order they run. A new
 * rule is its folder (implementation, doc page, test) plus one line here; the
 * catalogue test checks this list against the rule folders and the docs.
 */
export const rules: readonly Rule[] = [
  // The offline rules about the shape of each link's URL and the markup that carries it.
  relativeUrl,
  missingScheme,
  malformedUrl,
  whitespaceInUrl,
  smartQuotesInUrl,
  unencodedCharacters,
  invisibleCharacters,
  secondQuestionMark,
  repeatedParameter,
  emailAsWebLink,
  javascriptUrl,
  missingHref,
  emptyHref,
  hrefSpacing,
  insecureHttp,
  qpArtifact,
  doubleEncodedEntity,
  mergeTag,
  unbalancedMergeTag,
  mailtoInvalid,
  htmlParseError,
  // The offline rules that depend on the tracking context: platforms, wrappers, gateways, pixels, size.
  untrackedLink,
  trackingDisabled,
  securityRewritten,
  linkShortener,
  linkTextMismatch,
  openPixelMissing,
  gmailClipping,
  // What readers' privacy tools do: parameters removed before the page loads, requests blockers stop.
  paramStripped,
  trackerBlocked,
  // Rules that compare links with each other (duplicates, Outlook copies, UTM tagging) and judge link text.
  duplicateLink,
  inconsistentDuplicate,
  vmlLinkMismatch,
  missingUtm,
  inconsistentUtm,
  utmAfterFragment,
  emptyLinkText,
  ambiguousLinkText,
  // The online rules that judge a link's redirect chain (POST /api/links/check).
  brokenLink,
  redirectLoop,
  tooManyRedirects,
  longRedirectChain,
  httpsDowngrade,
  slowResponse,
  utmDropped,
  botBlocked,
  notRequested,
  fetchFailed,
  blockedTarget,
  // Online rules about a sending domain (SPF, DMARC, DKIM, MX) and a tracking domain (DNS, TLS, blocklists); tls-* also judge link hops.
  trackingCnameMissing,
  trackingCnameMismatch,
  domainBlocklisted,
  tlsInvalid,
  tlsExpiring,
  spfMissing,
  spfMultipleRecords,
  spfTooManyLookups,
  spfPermissiveAll,
  dmarcMissing,
  dmarcPolicyNone,
  dkimMissing,
  dkimWeakKey,
  mxMissing,
  freeMailSender,
  dnsLookupFailed,
  // Online: resolvers that disagree about the tracking domain's or the sender's records.
  dnsPropagation,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));
