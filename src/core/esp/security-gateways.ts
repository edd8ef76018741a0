/**
 * Recipient-side security gateways that rewrite the links of received mail
 * (the vendors' own documentation). The `id` is the
 * `via` of a decoded destination (./destinations.ts).
 */
export interface SecurityGateway {
  id: string;
  name: string;
  /** Matched against the lowercase host of the rewritten link. */
  host: RegExp;
  /** Whether the original URL can be read back (Mimecast gives the host only). */
  decodable: 'url' | 'host';
  source: string;
}

const REF = 'vendor documentation of recipient-side security gateways';

export const SECURITY_GATEWAYS: readonly SecurityGateway[] = [
  {
    id: 'safelinks',
    name: 'Microsoft Defender Safe Links',
    host: /(?:^|\.)safelinks\.protection\.outlook\.com$/,
    decodable: 'url',
    source: `${REF}: <region>.safelinks.protection.outlook.com/?url=`,
  },
  {
    id: 'proofpoint',
    name: 'Proofpoint URL Defense',
    host: /^urldefense(?:\.proofpoint)?\.com$/,
    decodable: 'url',
    source: `${REF}: urldefense.proofpoint.com/v2/url?u=, urldefense.com/v3/__…__`,
  },
  {
    id: 'mimecast',
    name: 'Mimecast',
    host: /^protect(?:-[a-z0-9]+)?\.mimecast\.com$/,
    decodable: 'host',
    source: `${REF}: protect-<region>.mimecast.com/s/<token>?domain=`,
  },
  {
    id: 'barracuda',
    name: 'Barracuda Link Protection',
    host: /^linkprotect\.cudasvc\.com$/,
    decodable: 'url',
    source: `${REF}: linkprotect.cudasvc.com/url?a=`,
  },
  {
    id: 'cisco',
    name: 'Cisco Secure Email',
    host: /^secure-web\.cisco\.com$/,
    decodable: 'url',
    source: `${REF}: secure-web.cisco.com/<token>/<encoded>`,
  },
];

export function securityGatewayById(id: string): SecurityGateway | undefined {
  return SECURITY_GATEWAYS.find((g) => g.id === id);
}
