import type { WrappedDestination } from '../types';

/**
 * The destination a tracking wrapper or security gateway carries in its URL,
 * decoded; null when the URL is not such a wrapper.
 */
export function decodeDestination(url: string): WrappedDestination | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase();
  if (host.endsWith('.safelinks.protection.outlook.com')) {
    return fromParam(u, 'url', 'safelinks');
  }
  if ((host === 'www.google.com' || host === 'google.com') && u.pathname === '/url') {
    return fromParam(u, 'q', 'google') ?? fromParam(u, 'url', 'google');
  }
  return null;
}

function fromParam(u: URL, name: string, via: string): WrappedDestination | null {
  const value = u.searchParams.get(name);
  if (!value || !/^https?:\/\//i.test(value)) return null;
  return { via, url: value, host: hostOfSafe(value) };
}

function hostOfSafe(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}
