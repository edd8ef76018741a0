/**
 * A URL shortened for a one-line message: long tracking URLs keep their
 * start (scheme, host, path) and their end, with `…` between. Empty values
 * are shown as `""` so a message never reads "goes to ,".
 */
export function shortUrl(url: string, max = 120): string {
  if (url === '') return '""';
  if (url.length <= max) return url;
  const tail = Math.floor(max / 4);
  return `${url.slice(0, max - tail - 1)}…${url.slice(url.length - tail)}`;
}
