import { describe, expect, it } from 'vitest';
import { linkProblem, linksIn } from './links.ts';

describe('links to toolkit pages', () => {
  it('finds paths in url fields and in running text, not slashes between words', () => {
    expect(linksIn('/wat-kun-je-doen/tips', 'url')).toEqual(['/wat-kun-je-doen/tips']);
    expect(linksIn('https://www.politie.nl', 'url')).toEqual([]);
    expect(linksIn('Kijk op /meer-weten. Of (zie /en/privacy).', 'text')).toEqual([
      '/meer-weten',
      '/en/privacy',
    ]);
    expect(linksIn('ja / nee, en/of, 24/7 bereikbaar', 'text')).toEqual([]);
  });

  it('accepts existing pages in the right language', () => {
    expect(linkProblem('/meer-weten', 'nl')).toBeNull();
    expect(linkProblem('/', 'nl')).toBeNull();
    expect(linkProblem('/en/wat-kun-je-doen/wat-te-doen-als', 'en')).toBeNull();
    expect(linkProblem('/wie-ben-jij', 'nl')).toBeNull();
  });

  it('names a page that does not exist and a link into the other language', () => {
    expect(linkProblem('/wat-kun-je-doen/gidsen', 'nl')).toMatch(
      /^link "\/wat-kun-je-doen\/gidsen" goes to a page of the toolkit that does not exist/,
    );
    expect(linkProblem('/en/meer-weten', 'nl')).toBe(
      'link "/en/meer-weten" goes to the English page; in nl/ write /meer-weten',
    );
  });
});
