import type { Rule } from './define-rule';
import { rule as gmailClipping } from './gmail-clipping/gmail-clipping';
import { rule as linkShortener } from './link-shortener/link-shortener';
import { rule as linkTextMismatch } from './link-text-mismatch/link-text-mismatch';
import { rule as openPixelMissing } from './open-pixel-missing/open-pixel-missing';
import { rule as securityRewritten } from './security-rewritten/security-rewritten';
import { rule as trackingDisabled } from './tracking-disabled/tracking-disabled';
import { rule as untrackedLink } from './untracked-link/untracked-link';

/** The offline rules that depend on the tracking context: platforms, wrappers, gateways, pixels, size. */
export const contextRules: readonly Rule[] = [
  untrackedLink,
  trackingDisabled,
  securityRewritten,
  linkShortener,
  linkTextMismatch,
  openPixelMissing,
  gmailClipping,
];
