import { checkLinks } from '../server/checks/link-check';
import { checkSender } from '../server/checks/sender-check';
import { checkTrackingDomain } from '../server/checks/tracking-domain-check';
import type { OnlineChecks } from './online';

/** The look-up service's own check modules, called in-process for `--online` (not over HTTP). */
export const onlineChecks: OnlineChecks = { checkSender, checkTrackingDomain, checkLinks };
