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
});

describe('the landing page title', () => {
  const latin1 = (s: string): string => Buffer.from(s, 'utf8').toString('latin1');

  it('reads the <title>, decodes entities and UTF-8, collapses white space', () => {
    expect(pageTitle(latin1('<html><head><title lang="fr">\n  Soldes d’été &amp; plus\n</title>'))).toBe(
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
