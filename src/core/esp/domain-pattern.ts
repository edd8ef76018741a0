/** A RegExp matching a lowercase host that is `domain` or one of its subdomains. */
export function domainAndSubdomains(domain: string): RegExp {
  return new RegExp(`(?:^|\\.)${domain.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
