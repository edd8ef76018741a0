/**
 * Host names refused before any DNS look-up: special-use names that resolve
 * to the local machine or a private network, and cloud metadata services
 * reached by name. A name matches an entry when it equals it or ends with
 * `.<entry>` (`suffix: true`). Sources per entry.
 */
export interface ForbiddenHostName {
  name: string;
  suffix: boolean;
  source: string;
}

export const FORBIDDEN_HOST_NAMES: readonly ForbiddenHostName[] = [
  { name: 'localhost', suffix: true, source: 'RFC 6761 §6.3' },
  { name: 'local', suffix: true, source: 'RFC 6762 (multicast DNS)' },
  { name: 'home.arpa', suffix: true, source: 'RFC 8375' },
  { name: 'internal', suffix: true, source: 'ICANN board resolution 2024.07.29.06 (private-use TLD)' },
  { name: 'intranet', suffix: false, source: 'RFC 6762 Appendix G (commonly used private names)' },
  {
    name: 'metadata.google.internal',
    suffix: false,
    source: 'Google Cloud: https://cloud.google.com/compute/docs/metadata/querying-metadata',
  },
  { name: 'metadata', suffix: false, source: 'Google Cloud metadata short name (same page)' },
  {
    name: 'instance-data',
    suffix: true,
    source: 'AWS EC2: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html',
  },
];
