import { describe, expect, it } from 'vitest';
import { reportOf } from '../rules/rule-kit.test-helpers';
import { mainDomain } from './main-domain';

describe('mainDomain', () => {
  it('is the registrable domain most web links go to', () => {
    const html =
      '<a href="https://shop.example.com/a">A</a><a href="https://www.example.com/b">B</a>' +
      '<a href="https://blog.example.org/c">C</a><a href="mailto:x@example.org">D</a><a href="mailto:y@example.org">E</a>';
    expect(mainDomain(reportOf(html).links)).toBe('example.com');
  });

  it('is null without web links', () => {
    expect(mainDomain(reportOf('<a href="/x">X</a>').links)).toBeNull();
  });
});
