import { cleanHref } from './clean-href';
import { normalisePercentEncoding } from './percent-encoding';
import { urlParts } from './url-parts';

const DEFAULT_PORT = /:(?:80|443)$/;

/**
 * How two ways of writing the same destination differ, in words for a
 * message (`host letter case`, `query-parameter order`, …). `rawA`/`rawB` are
 * the values as written in the source, `hrefA`/`hrefB` the decoded hrefs.
 */
export function writingDifferences(rawA: string, hrefA: string, rawB: string, hrefB: string): string[] {
  const out: string[] = [];
  if (rawA !== rawB && hrefA === hrefB) {
    out.push(rawA.includes('&amp;') !== rawB.includes('&amp;') ? '`&amp;` vs `&`' : 'character references');
    return out;
  }
  const a = cleanHref(hrefA);
  const b = cleanHref(hrefB);
  if (a !== hrefA || b !== hrefB) out.push('white space or quotes around the URL');
  if (rawA.includes('&amp;') !== rawB.includes('&amp;')) out.push('`&amp;` vs `&`');
  const pa = urlParts(a);
  const pb = urlParts(b);
  if (!pa || !pb) return out.length > 0 ? out : ['writing'];
  if (pa.scheme !== pb.scheme) out.push('scheme letter case');
  const hostA = pa.authority.replace(DEFAULT_PORT, '');
  const hostB = pb.authority.replace(DEFAULT_PORT, '');
  if (hostA !== hostB && hostA.toLowerCase() === hostB.toLowerCase()) out.push('host letter case');
  else if (hostA.toLowerCase() !== hostB.toLowerCase()) out.push('host spelling (Unicode vs punycode)');
  if (DEFAULT_PORT.test(pa.authority) !== DEFAULT_PORT.test(pb.authority)) out.push('default port');
  if (pa.path !== pb.path) {
    if ((pa.path || '/') === (pb.path || '/')) out.push('trailing `/`');
    else if (normalisePercentEncoding(pa.path) === normalisePercentEncoding(pb.path))
      out.push('percent-encoding');
    else out.push(/\/\.\.?(?:\/|$)/.test(pa.path + pb.path) ? 'path dot-segments' : 'path spelling');
  }
  if ((pa.query === '') !== (pb.query === '') && (pa.query ?? '') === (pb.query ?? ''))
    out.push('trailing `?`');
  else if (pa.query !== pb.query) {
    const qa = (pa.query ?? '').split('&').filter((s) => s !== '');
    const qb = (pb.query ?? '').split('&').filter((s) => s !== '');
    const na = qa.map(normalisePercentEncoding);
    const nb = qb.map(normalisePercentEncoding);
    if (na.join('&') !== nb.join('&') && [...na].sort().join('&') === [...nb].sort().join('&')) {
      out.push('query-parameter order');
    }
    if (qa.join('&') !== na.join('&') || qb.join('&') !== nb.join('&')) {
      if (!out.includes('percent-encoding')) out.push('percent-encoding');
    }
    if (
      qa.length !== (pa.query ?? '').split('&').length ||
      qb.length !== (pb.query ?? '').split('&').length
    ) {
      out.push('empty query parameters');
    }
  }
  if ((pa.fragment === '') !== (pb.fragment === '') && (pa.fragment ?? '') === (pb.fragment ?? '')) {
    out.push('trailing `#`');
  } else if (pa.fragment !== pb.fragment && !out.includes('percent-encoding')) out.push('percent-encoding');
  return out.length > 0 ? out : ['writing'];
}
