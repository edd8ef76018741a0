import ipaddr from 'ipaddr.js';

/**
 * Checks a domain or host name given to the service. The service answers
 * about public DNS names only: ASCII (IDNs in their A-label form,
 * `xn--…`), at least two labels, letters, digits and hyphens, labels of at
 * most 63 octets, at most 253 in all, no IP literals in any textual form, no
 * trailing dot. The problem text is what the 400 says after the field name.
 */
export type HostNameCheck = { ok: true; host: string; port: number | null } | { ok: false; problem: string };

const MAX_NAME_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;
const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export function checkHostName(value: string, options: { allowPort?: boolean } = {}): HostNameCheck {
  if (value.trim() === '') return { ok: false, problem: 'is empty' };
  if (value.length > MAX_NAME_LENGTH + 6)
    return { ok: false, problem: `is longer than ${MAX_NAME_LENGTH} characters` };
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\x00-\x20\x7f]/.test(value))
    return { ok: false, problem: 'must not hold spaces or control characters' };
  if (/[^\x21-\x7e]/.test(value)) {
    const aLabel = toALabel(value);
    return {
      ok: false,
      problem:
        aLabel !== null
          ? `must be ASCII; write an internationalised name in its A-label form (${aLabel})`
          : 'must be ASCII',
    };
  }
  let name = value.toLowerCase();
  let port: number | null = null;
  if (name.startsWith('[') || (name.match(/:/g) ?? []).length > 1)
    return { ok: false, problem: 'must be a host name, not an IP address' };
  const colon = name.lastIndexOf(':');
  if (colon !== -1) {
    if (!options.allowPort) return { ok: false, problem: 'must be a host name without a port' };
    const digits = name.slice(colon + 1);
    const n = Number(digits);
    if (!/^\d{1,5}$/.test(digits) || n < 1 || n > 65535) return { ok: false, problem: 'has an invalid port' };
    port = n;
    name = name.slice(0, colon);
  }
  if (name.endsWith('.')) return { ok: false, problem: 'must not end with a dot' };
  if (name.length > MAX_NAME_LENGTH)
    return { ok: false, problem: `is longer than ${MAX_NAME_LENGTH} characters` };
  if (ipaddr.isValid(name) || looksNumeric(name))
    return { ok: false, problem: 'must be a host name, not an IP address' };
  if (!/^[a-z0-9.-]+$/.test(name))
    return { ok: false, problem: 'may hold only letters, digits, hyphens and dots' };
  const labels = name.split('.');
  if (labels.length < 2)
    return { ok: false, problem: 'must be a fully qualified name with a dot (example.com)' };
  for (const label of labels) {
    if (label === '') return { ok: false, problem: 'has an empty label (two dots in a row)' };
    if (label.length > MAX_LABEL_LENGTH)
      return { ok: false, problem: `has a label longer than ${MAX_LABEL_LENGTH} characters` };
    if (!LABEL.test(label)) return { ok: false, problem: 'may hold only letters, digits, hyphens and dots' };
  }
  return { ok: true, host: name, port };
}

/** The last label all digits or hex (`1.2.3.4`, `0x7f.1`, `2130706433`): URL parsers read these as IPv4. */
function looksNumeric(name: string): boolean {
  const last = name.split('.').pop() ?? '';
  return /^(?:\d+|0x[0-9a-f]*)$/.test(last);
}

function toALabel(value: string): string | null {
  try {
    const host = new URL(`http://${value}/`).hostname;
    return host !== '' && /^[\x21-\x7e]+$/.test(host) ? host : null;
  } catch {
    return null;
  }
}
