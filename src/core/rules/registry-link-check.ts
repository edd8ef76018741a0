import type { Rule } from './define-rule';
import { blockedTarget } from './blocked-target/blocked-target';
import { botBlocked } from './bot-blocked/bot-blocked';
import { brokenLink } from './broken-link/broken-link';
import { fetchFailed } from './fetch-failed/fetch-failed';
import { httpsDowngrade } from './https-downgrade/https-downgrade';
import { longRedirectChain } from './long-redirect-chain/long-redirect-chain';
import { notRequested } from './not-requested/not-requested';
import { redirectLoop } from './redirect-loop/redirect-loop';
import { slowResponse } from './slow-response/slow-response';
import { tooManyRedirects } from './too-many-redirects/too-many-redirects';
import { utmDropped } from './utm-dropped/utm-dropped';

/** The online rules that judge a link's redirect chain (POST /api/links/check). */
export const linkCheckRules: readonly Rule[] = [
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
];
