import type { Rule } from './define-rule';
import { rule as trackingCnameMissing } from './tracking-cname-missing/tracking-cname-missing';
import { rule as trackingCnameMismatch } from './tracking-cname-mismatch/tracking-cname-mismatch';
import { rule as domainBlocklisted } from './domain-blocklisted/domain-blocklisted';
import { rule as tlsInvalid } from './tls-invalid/tls-invalid';
import { rule as tlsExpiring } from './tls-expiring/tls-expiring';
import { rule as spfMissing } from './spf-missing/spf-missing';
import { rule as spfMultipleRecords } from './spf-multiple-records/spf-multiple-records';
import { rule as spfTooManyLookups } from './spf-too-many-lookups/spf-too-many-lookups';
import { rule as spfPermissiveAll } from './spf-permissive-all/spf-permissive-all';
import { rule as dmarcMissing } from './dmarc-missing/dmarc-missing';
import { rule as dmarcPolicyNone } from './dmarc-policy-none/dmarc-policy-none';
import { rule as dkimMissing } from './dkim-missing/dkim-missing';
import { rule as dkimWeakKey } from './dkim-weak-key/dkim-weak-key';
import { rule as mxMissing } from './mx-missing/mx-missing';
import { rule as freeMailSender } from './free-mail-sender/free-mail-sender';
import { rule as dnsLookupFailed } from './dns-lookup-failed/dns-lookup-failed';

/** Online rules about a sending domain (SPF, DMARC, DKIM, MX) and a tracking domain (DNS, TLS, blocklists); tls-* also judge link hops. */
export const domainRules: readonly Rule[] = [
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
];
