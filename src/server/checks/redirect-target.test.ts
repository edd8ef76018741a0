import { describe, expect, it } from 'vitest';
import {
  findJavaScriptRedirect,
  findMetaRefresh,
  findRedirect,
  pageTitle,
  parseRefresh,
} from './redirect-target';

describe('redirect targets', () => {
  it.each([
    ['0; url=https://a.example/x', 'https://a.example/x'],
    ['5;URL=/next', '/next'],
    ["0; url='/quoted?a=1'", '/quoted?a=1'],
    ['0;url="/double"', '/double'],
    ['3, https://a.example/', 'https://a.example/'],
    ['  0  ;  URL = /spaced ', '/spaced'],
    ['10', null],
    ['', null],
  ])('parses Refresh %j', (value, target) => {
    expect(parseRefresh(value)).toBe(target);
  });

  it('finds a meta refresh whatever the attribute order, quoting and case', () => {
    expect(findMetaRefresh('<META HTTP-EQUIV="Refresh" CONTENT="0;URL=/a">')).toBe('/a');
    expect(findMetaRefresh(`<meta content='1; url=/b?x=1&amp;y=2' http-equiv=refresh>`)).toBe('/b?x=1&y=2');
    expect(
      findMetaRefresh('<meta name="viewport" content="width=device-width"><p>no refresh</p>'),
    ).toBeNull();
    expect(findMetaRefresh('<meta http-equiv="refresh" content="30">')).toBeNull();
  });

  it('detects JavaScript redirects without running them', () => {
    expect(findJavaScriptRedirect('<script>window.location.href = "https://a.example/";</script>')).toEqual({
      via: 'javascript',
      target: 'https://a.example/',
    });
    expect(findJavaScriptRedirect("<script>location.replace('/r')</script>")).toEqual({
      via: 'javascript',
      target: '/r',
    });
    expect(findJavaScriptRedirect('<script>document.location = u;</script>')).toEqual({
      via: 'javascript',
      target: null,
    });
    expect(findJavaScriptRedirect('<p>window.location.href = "/not-in-a-script"</p>')).toBeNull();
    expect(findJavaScriptRedirect('<script>console.log(location.pathname)</script>')).toBeNull();
  });

  it('takes Location only from redirect statuses, and the body only from 2xx pages', () => {
    expect(findRedirect(302, { location: '/x' }, null)).toEqual({ via: 'location', target: '/x' });
    expect(findRedirect(200, { location: '/x' }, null)).toBeNull();
    expect(findRedirect(304, { location: '/x' }, null)).toBeNull();
    expect(findRedirect(200, { refresh: '0;url=/r' }, null)).toEqual({ via: 'refresh-header', target: '/r' });
    expect(findRedirect(404, {}, '<meta http-equiv="refresh" content="0;url=/m">')).toBeNull();
    expect(findRedirect(200, {}, '<meta http-equiv="refresh" content="0;url=/m">')).toEqual({
      via: 'meta-refresh',
      target: '/m',
    });
  });

  it('reads pages with the HTML tokenizer: markup in text, comments and styles is not a redirect', () => {
    expect(findMetaRefresh('<!-- <meta http-equiv="refresh" content="0;url=/c"> -->')).toBeNull();
    expect(findMetaRefresh('<style><meta http-equiv="refresh" content="0;url=/s"></style>')).toBeNull();
    expect(findMetaRefresh('<title><meta http-equiv=refresh content="0;url=/t"></title>')).toBeNull();
    expect(findMetaRefresh('<meta http-equiv=refresh content="0;url=/x&#x3f;a=1">')).toBe('/x?a=1');
    expect(findJavaScriptRedirect('<script>if (a < b) { location = "/lt"; }</script>')).toEqual({
      via: 'javascript',
      target: '/lt',
    });
    expect(findJavaScriptRedirect('<script>if (location == "/x") go();</script>')).toBeNull();
    expect(findJavaScriptRedirect('<script>var mylocation = "/no";</script>')).toBeNull();
    // A script the body cap cut off is still read.
    expect(findJavaScriptRedirect('<script>top.location.href = "/cut"')).toEqual({
      via: 'javascript',
      target: '/cut',
    });
  });

  it('64 KB of repeated, unclosed <meta costs about 16 times 4 KB of it, not 256 times (no backtracking)', () => {
    // A ratio of two sizes of the same page, each the fastest of several runs, rather than a time limit:
    // linear work gives 16, the former patterns (quadratic) about 256. The bound leaves room for a noisy machine.
    const page = (bytes: number): string => '<meta '.repeat(Math.ceil(bytes / 6)).slice(0, bytes);
    const js = (bytes: number): string => `<script>${' location '.repeat(Math.ceil(bytes / 10))}`;
    const fastest = (html: string): number => {
      let best = Infinity;
      for (let i = 0; i < 7; i++) {
        const t = performance.now();
        findRedirect(200, {}, html);
        best = Math.min(best, performance.now() - t);
      }
      return Math.max(best, 0.05);
    };
    for (const make of [page, js]) {
      fastest(make(4096)); // warm up
      const ratio = fastest(make(65_536)) / fastest(make(4096));
      expect(ratio).toBeLessThan(64);
    }
    expect(findRedirect(200, {}, page(65_536))).toBeNull();
  });
});

describe('the landing page title', () => {
  it('reads the <title>, decodes entities, collapses white space (the body arrives decoded)', () => {
    expect(pageTitle('<html><head><title lang="fr">\n  Soldes d’été &amp; plus\n</title>')).toBe(
      'Soldes d’été & plus',
    );
  });

  it('is null without a title or with an empty one, and caps a long one', () => {
    expect(pageTitle('<html><body>no title</body>')).toBeNull();
    expect(pageTitle('<title>   </title>')).toBeNull();
    const long = pageTitle(`<title>${'x'.repeat(400)}</title>`);
    expect(long).toHaveLength(150);
    expect(long?.endsWith('…')).toBe(true);
  });
});
