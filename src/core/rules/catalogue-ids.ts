/**
 * The rule IDs of the contract with their default severity, copied from
 * ../shared/spec/rules.md ("Offline rules" and "Online rules" tables) so that
 * the catalogue test runs without that file. When rules.md is present, the
 * catalogue test checks that both lists agree.
 */
import type { Severity } from '../types';

export interface CatalogueEntry {
  id: string;
  defaultSeverity: Severity;
  /** `offline`: judged from the HTML alone; `online`: needs the look-up service. */
  scope: 'offline' | 'online';
}

export const CATALOGUE: readonly CatalogueEntry[] = [
  { id: 'relative-url', defaultSeverity: 'error', scope: 'offline' },
  { id: 'missing-scheme', defaultSeverity: 'error', scope: 'offline' },
  { id: 'malformed-url', defaultSeverity: 'error', scope: 'offline' },
  { id: 'whitespace-in-url', defaultSeverity: 'error', scope: 'offline' },
  { id: 'smart-quotes-in-url', defaultSeverity: 'error', scope: 'offline' },
  { id: 'unencoded-characters', defaultSeverity: 'warning', scope: 'offline' },
  { id: 'javascript-url', defaultSeverity: 'error', scope: 'offline' },
  { id: 'missing-href', defaultSeverity: 'warning', scope: 'offline' },
  { id: 'empty-href', defaultSeverity: 'error', scope: 'offline' },
  { id: 'href-spacing', defaultSeverity: 'warning', scope: 'offline' },
  { id: 'insecure-http', defaultSeverity: 'warning', scope: 'offline' },
  { id: 'duplicate-link', defaultSeverity: 'info', scope: 'offline' },
  { id: 'inconsistent-duplicate', defaultSeverity: 'warning', scope: 'offline' },
  { id: 'vml-link-mismatch', defaultSeverity: 'warning', scope: 'offline' },
  { id: 'tracking-disabled', defaultSeverity: 'warning', scope: 'offline' },
  { id: 'link-shortener', defaultSeverity: 'warning', scope: 'offline' },
  { id: 'missing-utm', defaultSeverity: 'warning', scope: 'offline' },
  { id: 'inconsistent-utm', defaultSeverity: 'warning', scope: 'offline' },
  { id: 'utm-after-fragment', defaultSeverity: 'error', scope: 'offline' },
  { id: 'merge-tag', defaultSeverity: 'info', scope: 'offline' },
  { id: 'unbalanced-merge-tag', defaultSeverity: 'error', scope: 'offline' },
  { id: 'qp-artifact', defaultSeverity: 'error', scope: 'offline' },
  { id: 'double-encoded-entity', defaultSeverity: 'error', scope: 'offline' },
  { id: 'untracked-link', defaultSeverity: 'error', scope: 'offline' },
  { id: 'security-rewritten', defaultSeverity: 'info', scope: 'offline' },
  { id: 'mailto-invalid', defaultSeverity: 'error', scope: 'offline' },
  { id: 'empty-link-text', defaultSeverity: 'warning', scope: 'offline' },
  { id: 'ambiguous-link-text', defaultSeverity: 'info', scope: 'offline' },
  { id: 'link-text-mismatch', defaultSeverity: 'warning', scope: 'offline' },
  { id: 'gmail-clipping', defaultSeverity: 'warning', scope: 'offline' },
  { id: 'open-pixel-missing', defaultSeverity: 'info', scope: 'offline' },
  { id: 'html-parse-error', defaultSeverity: 'warning', scope: 'offline' },
  { id: 'broken-link', defaultSeverity: 'error', scope: 'online' },
  { id: 'redirect-loop', defaultSeverity: 'error', scope: 'online' },
  { id: 'too-many-redirects', defaultSeverity: 'error', scope: 'online' },
  { id: 'long-redirect-chain', defaultSeverity: 'warning', scope: 'online' },
  { id: 'https-downgrade', defaultSeverity: 'warning', scope: 'online' },
  { id: 'slow-response', defaultSeverity: 'warning', scope: 'online' },
  { id: 'utm-dropped', defaultSeverity: 'warning', scope: 'online' },
  { id: 'bot-blocked', defaultSeverity: 'info', scope: 'online' },
  { id: 'not-requested', defaultSeverity: 'info', scope: 'online' },
  { id: 'fetch-failed', defaultSeverity: 'error', scope: 'online' },
  { id: 'blocked-target', defaultSeverity: 'error', scope: 'online' },
  { id: 'tls-invalid', defaultSeverity: 'error', scope: 'online' },
  { id: 'tls-expiring', defaultSeverity: 'warning', scope: 'online' },
  { id: 'tracking-cname-missing', defaultSeverity: 'error', scope: 'online' },
  { id: 'tracking-cname-mismatch', defaultSeverity: 'error', scope: 'online' },
  { id: 'domain-blocklisted', defaultSeverity: 'error', scope: 'online' },
  { id: 'spf-missing', defaultSeverity: 'error', scope: 'online' },
  { id: 'spf-multiple-records', defaultSeverity: 'error', scope: 'online' },
  { id: 'spf-too-many-lookups', defaultSeverity: 'error', scope: 'online' },
  { id: 'spf-permissive-all', defaultSeverity: 'warning', scope: 'online' },
  { id: 'dmarc-missing', defaultSeverity: 'error', scope: 'online' },
  { id: 'dmarc-policy-none', defaultSeverity: 'warning', scope: 'online' },
  { id: 'dkim-missing', defaultSeverity: 'error', scope: 'online' },
  { id: 'dkim-weak-key', defaultSeverity: 'warning', scope: 'online' },
  { id: 'mx-missing', defaultSeverity: 'warning', scope: 'online' },
  { id: 'free-mail-sender', defaultSeverity: 'warning', scope: 'online' },
  { id: 'dns-lookup-failed', defaultSeverity: 'error', scope: 'online' },
];
