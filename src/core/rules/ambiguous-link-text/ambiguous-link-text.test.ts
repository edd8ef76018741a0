import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'ambiguous-link-text';

describe(ID, () => {
  it.each([
    ['Click here', 'Click here'],
    ['here', 'here'],
    ['Read more »', 'Read more »'],
    ['LEARN MORE →', 'LEARN MORE →'],
    ['More…', 'More…'],
    ['this link', 'this link'],
    ['Hier klicken', 'Hier klicken'],
    ['Cliquez ici !', 'Cliquez ici !'],
    ['Haga clic aquí', 'Haga clic aquí'],
    ['haga clic aqui', 'haga clic aqui'],
  ])('reports "%s"', (text, shown) => {
    const found = findingsOf(ID, `<p>Our winter range:\n  <a href="https://x.com/w">${text}</a></p>`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'info', link: 'L1', line: 2, column: 12 });
    expect(found[0]?.message).toContain(`Link text "${shown}" does not say where the link goes`);
  });

  it('collapses any white space in an aria-label: runs, tabs, no-break spaces', () => {
    for (const label of ['Click  here', 'Click\there', 'Click&nbsp;here', 'Read \n more']) {
      const found = findingsOf(ID, `<a href="https://x.com/w" aria-label="${label}">Winter coats</a>`);
      expect([label, found.map((f) => f.link)]).toEqual([label, ['L1']]);
    }
    expect(findingsOf(ID, '<a href="https://x.com/w" aria-label="Click-here now">x</a>')).toEqual([]);
  });

  it('reads the alt text of an image-only link', () => {
    const found = findingsOf(ID, '<a href="https://x.com/w"><img src="b.png" alt="Click here"></a>');
    expect(found.map((f) => f.link)).toEqual(['L1']);
  });

  it('is silent for descriptive text, for an aria-label that names the destination, and for sentences', () => {
    const html = [
      '<a href="https://x.com/1">See the winter coats</a>',
      '<a href="https://x.com/2" aria-label="Read more about winter coats">Read more</a>',
      '<a href="https://x.com/3">Click here to see the winter coats</a>',
      '<a href="https://x.com/4">Where</a>',
      '<a href="https://x.com/5"></a>',
    ].join('\n');
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it('leaves the Outlook-only copy of a button to its HTML twin', () => {
    const html = [
      '<!--[if mso]><v:roundrect href="https://x.com/b"><center>Learn more</center></v:roundrect><![endif]-->',
      '<!--[if !mso]><!--><a href="https://x.com/b">Learn more</a><!--<![endif]-->',
    ].join('\n');
    expect(findingsOf(ID, html).map((f) => [f.link, f.line])).toEqual([['L2', 2]]);
  });
});
