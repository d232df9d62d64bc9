import type { PositionedText } from './cv.types';
import { buildLines } from './lines';
import { headingOf, splitSections } from './sections';

const run = (text: string, x: number, y: number, width = text.length * 5, height = 10, page = 1): PositionedText => ({ text, page, x, y, width, height });
const A4 = [{ page: 1, width: 595, height: 842 }];

describe('buildLines', () => {
  it('joins runs that share a height into one line, left to right, with the spaces pdf.js drops', () => {
    const { lines, twoColumn } = buildLines([run('World', 50, 100.5), run('Hello', 20, 100), run('Next line', 20, 120)], A4);
    expect(lines.map((l) => l.text)).toEqual(['Hello World', 'Next line']);
    expect(twoColumn).toBe(false);
  });

  it('marks a wide gap on a line as a cell boundary (a heading in a gutter, tag chips)', () => {
    expect(buildLines([run('Skills', 20, 100, 30), run('SQL', 120, 100, 15), run('Python', 150, 100, 30)], A4).lines[0].text).toBe('Skills · SQL · Python');
  });

  it('glues runs that touch (one word split by a font change)', () => {
    expect(buildLines([run('Type', 20, 100, 20), run('Script', 40, 100, 30)], A4).lines[0].text).toBe('TypeScript');
  });

  it('reads a two-column page left column first, the full-width header above both', () => {
    const runs = [run('Sam Peeters — Full-stack developer, Ghent', 20, 30, 500, 20)];
    for (let i = 0; i < 6; i++) runs.push(run(`Skill ${i}`, 20, 80 + i * 15, 80), run(`Experience line ${i} at a company`, 220, 80 + i * 15, 300));
    const { lines, twoColumn } = buildLines(runs, A4);
    expect(twoColumn).toBe(true);
    expect(lines.map((l) => l.text)).toEqual([
      'Sam Peeters — Full-stack developer, Ghent',
      ...Array.from({ length: 6 }, (_, i) => `Skill ${i}`),
      ...Array.from({ length: 6 }, (_, i) => `Experience line ${i} at a company`),
    ]);
    expect(lines.slice(7).every((l) => l.column === 1)).toBe(true);
  });

  it('does not split a one-column page whose lines merely have a ragged right edge', () => {
    const runs = Array.from({ length: 12 }, (_, i) => run(i % 2 ? 'A short line' : 'A much longer line that crosses the middle of the page', 20, 80 + i * 15, i % 2 ? 60 : 400));
    expect(buildLines(runs, A4).twoColumn).toBe(false);
  });

  it('measures each line against the body text height, so headings stand out', () => {
    const { lines } = buildLines([run('Experience', 20, 50, 80, 16), run('Body text that is the most common', 20, 80), run('More body text here', 20, 95)], A4);
    expect(lines.map((l) => l.scale)).toEqual([1.6, 1, 1]);
  });
});

describe('sections', () => {
  it.each([
    ['Compétences', 'skills'], ['SKILLS', 'skills'], ['Vaardigheden', 'skills'], ['Expérience professionnelle', 'experience'],
    ['Work Experience', 'experience'], ['Werkervaring', 'experience'], ['Langues', 'languages'], ['Talen:', 'languages'],
    ['Languages', 'languages'], ['Formation', 'education'], ['Opleiding', 'education'], ['Education', 'education'], ['Profiel', 'summary'],
  ])('%s opens a %s section', (line, kind) => {
    expect(headingOf(line)?.kind).toBe(kind);
  });

  it('reads "Heading: content" as a heading with its first line, and a sentence as text', () => {
    expect(headingOf('Langues : anglais courant')).toEqual({ kind: 'languages', heading: 'Langues', rest: 'anglais courant' });
    expect(headingOf('Experience with large distributed systems')).toBeNull();
  });

  it('splits lines into sections; what precedes the first heading is the header', () => {
    const line = (text: string, column = 0) => ({ text, page: 1, column, scale: 1 });
    const sections = splitSections([line('Jane Doe'), line('Skills'), line('Go, Rust'), line('Experience'), line('Acme, 2020 – present')]);
    expect(sections.map((s) => [s.kind, s.lines.map((l) => l.text)])).toEqual([
      ['header', ['Jane Doe']], ['skills', ['Go, Rust']], ['experience', ['Acme, 2020 – present']],
    ]);
  });

  it('does not carry the left column\'s last section into a right column that opens without a heading', () => {
    const sections = splitSections([
      { text: 'Languages', page: 1, column: 0, scale: 1 },
      { text: 'English: C1', page: 1, column: 0, scale: 1 },
      { text: 'I build payment systems.', page: 1, column: 1, scale: 1 },
    ]);
    expect(sections.map((s) => s.kind)).toEqual(['languages', 'other']);
  });
});
