import { SkillCatalog } from '@embauche/skills/skill-catalog';
import type { CvLine } from './cv.types';
import { extractDraft } from './extract-draft';
import { cefrLevelOf, scanLanguages } from './languages';
import { splitSections } from './sections';
import { matchLine, scanSkills } from './skill-matcher';
import { periodsIn, yearsFromPeriods } from './work-periods';
import { readZipDirectory } from './zip-directory';

const catalog = SkillCatalog.fromBundledData();
const lines = (...texts: string[]): CvLine[] => texts.map((text) => ({ text, page: 1, column: 0, scale: 1 }));
const found = (...texts: string[]) => scanSkills(splitSections(lines(...texts)), catalog).hits.map((h) => `${h.skillId}:${h.tier}`);

describe('skill tiers', () => {
  it('matches whole tokens only, multi-word names first', () => {
    expect(matchLine('Spring Boot and Google Cloud Platform, JavaScript', catalog, false).map((h) => h.skillId)).toEqual(['spring-boot', 'google-cloud', 'javascript']);
    expect(matchLine('Javascripting goodness', catalog, true)).toEqual([]);
  });

  it('tier 1: multi-word names count in prose, strongly', () => {
    expect(found('Summary', 'I moved our jobs to Apache Airflow last year.')).toEqual(['airflow:strong']);
  });

  it('tier 2: one-word product names count in prose when written as named (case matters)', () => {
    expect(found('Experience', 'Built APIs on AWS with PostgreSQL.')).toEqual(['aws:medium', 'postgresql:medium']);
    expect(found('Experience', 'We had to react quickly to aws outages.')).toEqual([]);
  });

  it('tier 3: ambiguous names count in a skills section, not in prose', () => {
    expect(found('Skills', 'Go, Rust, Swift, R')).toEqual(['go:strong', 'rust:strong', 'swift:strong', 'r:strong']);
    expect(found('Summary', 'Ready to Go the extra mile; a Spring in Java; Swift decisions.')).toEqual([]);
    expect(found('Werkervaring', 'Roest en rust, de lente is spring.')).toEqual([]);
  });

  it('tier 3: an ambiguous name in prose counts, weakly, when a companion skill was found', () => {
    expect(found('Experience', 'Services in Go on Kubernetes.')).toEqual(['go:weak', 'kubernetes:medium']);
  });

  it('a line that is a list of skills is a skills context wherever it is', () => {
    expect(found('Experience', 'Stack: Go, PostgreSQL, Docker')).toEqual(['go:strong', 'postgresql:strong', 'docker:strong']);
  });

  it('a row of tags without separators is a list too', () => {
    expect(found('Languages', 'Go Rust Java Python')).toEqual(['go:strong', 'rust:strong', 'java:strong', 'python:strong']);
  });

  it('a sentence under a skills heading is prose: ordinary words stay words', () => {
    expect(found('Skills', 'Designed a moderation flow to keep listings safe and cloud costs low')).toEqual([]);
  });

  it('ignores addresses and letter-spaced headings', () => {
    expect(found('Contact', 'github.com/jane · https://jane.dev · jane@gmail.com', 'A WA R D S')).toEqual([]);
  });

  it('soft skills count only in a skills section', () => {
    expect(found('Experience', 'Worked for a large organization in teamwork with others')).toEqual([]);
    expect(found('Soft skills', 'Teamwork, Communication')).toEqual(['teamwork:strong', 'communication:strong']);
  });

  it('unknown entries of a skills section are offered, group headers are not', () => {
    const scan = scanSkills(splitSections(lines('Skills', 'Tools: Docker, Grafana Hyperloop, Quantum Widgets')), catalog);
    expect(scan.unknown.map((u) => u.term)).toEqual(['Quantum Widgets']);
  });
});

describe('languages and CEFR', () => {
  it.each([
    ['C1', 'C1'], ['native', 'native'], ['langue maternelle', 'native'], ['moedertaal', 'native'], ['bilingue', 'native'],
    ['fluent', 'C1'], ['courant', 'C1'], ['vloeiend', 'C1'], ['professional working proficiency', 'B2'], ['bon niveau', 'B2'],
    ['goed', 'B2'], ['intermediate', 'B1'], ['intermédiaire', 'B1'], ['gemiddeld', 'B1'], ['notions', 'A1'], ['scolaire', 'A2'],
    ['basiskennis', 'A2'], ['débutant', 'A1'],
  ])('%s → %s', (phrase, level) => {
    expect(cefrLevelOf(phrase)).toBe(level);
  });

  it('reads a languages section and level phrases elsewhere, but not a bare language name in prose', () => {
    const sections = splitSections(lines('Summary', 'Anglais courant. I worked for a German company.', 'Talen', 'Nederlands: moedertaal', 'English — C1', 'Spanish'));
    expect(scanLanguages(sections).map((l) => [l.language, l.level, l.tier])).toEqual([
      ['en', 'C1', 'strong'], ['nl', 'native', 'strong'], ['es', null, 'medium'],
    ]);
  });
});

describe('years of experience', () => {
  const today = new Date('2026-12-01T00:00:00Z');
  it('merges overlapping periods in en, fr and nl', () => {
    const periods = periodsIn(['Jan 2020 – Present', '06/2016 – 03/2020', "sept. 2010 – aujourd'hui"].slice(0, 2), today);
    expect(yearsFromPeriods(periods)).toBe(10.5);
    expect(yearsFromPeriods(periodsIn(['mei 2019 – heden', '2014 - 2019'], today))).toBe(12.9);
    expect(yearsFromPeriods(periodsIn(['Since 2024'], today))).toBe(2.9);
    expect(yearsFromPeriods(periodsIn(['no dates here'], today))).toBeNull();
  });

  it('takes the years from the experience section only', () => {
    const draft = extractDraft({ format: 'pdf', pages: 1, twoColumn: false, today, lines: lines('Education', '2010 – 2015 Master', 'Experience', 'Dev, 2020 – 2022') }, catalog);
    expect(draft.yearsExperience).toBe(3);
    expect(draft.educationLevel).toBe('master');
  });
});

describe('zip directory', () => {
  it('reads declared sizes without inflating, and refuses what is not a zip', () => {
    expect(readZipDirectory(Buffer.from('PK\u0003\u0004 not a zip'))).toBeNull();
  });
});
