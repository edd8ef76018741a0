import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'javascript-url';

describe(ID, () => {
  it.each([
    ['javascript:void(0)', 'javascript:'],
    ['JavaScript:alert(1)', 'javascript:'],
    [' javascript:void(0)', 'javascript:'],
    ['vbscript:msgbox', 'vbscript:'],
    ['data:text/html;base64,PGI+', 'data:'],
  ])('reports %j and names the scheme', (href, scheme) => {
    const found = findingsOf(ID, `<p>x</p>\n<p><a href="${href}">x</a></p>`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'error', link: 'L1', line: 2, column: 13 });
    expect(found[0]?.message).toContain(`uses the "${scheme}" scheme`);
  });

  it('reads a scheme hidden behind character references and tabs', () => {
    expect(findingsOf(ID, '<a href="java&#9;script:alert(1)">x</a>').map((f) => f.link)).toEqual(['L1']);
  });

  it.each(['https://shop.com/javascript:x', '/js/javascript.html', 'mailto:a@shop.com', '#'])(
    'is silent on %s',
    (href) => {
      expect(findingsOf(ID, `<a href="${href}">x</a>`)).toEqual([]);
    },
  );
});
