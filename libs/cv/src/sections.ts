/**
 * Lines → sections, by their headings in French, English and Dutch. A line is
 * a heading when, folded and without a trailing colon, it is one of the names
 * below (or one of them followed by ": content" on the same line, as DOCX CVs
 * often write "Langues : anglais courant"). Headings are short, so a sentence
 * that merely starts with "Experience" stays text.
 */
import { foldText } from '@embauche/matching/normalize';
import type { CvLine, CvSection, SectionKind } from './cv.types';

const HEADINGS: Record<Exclude<SectionKind, 'header'>, string[]> = {
  summary: [
    'summary', 'profile', 'professional summary', 'about', 'about me', 'objective', 'career objective', 'personal statement',
    'profil', 'resume', 'a propos', 'a propos de moi', 'profil professionnel', 'presentation', 'objectif',
    'profiel', 'over mij', 'samenvatting', 'persoonlijk profiel', 'introductie',
  ],
  skills: [
    'skills', 'skills summary', 'technical expertise', 'technical skills', 'key skills', 'core skills', 'skills and tools', 'competencies', 'core competencies',
    'expertise', 'technologies', 'tech stack', 'tools', 'hard skills', 'soft skills', 'skills & expertise', 'it skills',
    'competences', 'competences techniques', 'competences cles', 'savoir faire', 'savoir etre', 'outils', 'technologies maitrisees',
    'vaardigheden', 'competenties', 'technische vaardigheden', 'kennis', 'technische kennis', 'vaardigheden en tools',
  ],
  experience: [
    'experience', 'work', 'work experience', 'experience and work history', 'positions', 'professional experience', 'employment', 'employment history', 'work history', 'career',
    'experiences', 'experience professionnelle', 'experiences professionnelles', 'parcours professionnel', 'parcours',
    'werkervaring', 'ervaring', 'beroepservaring', 'professionele ervaring', 'loopbaan', 'werk',
  ],
  education: [
    'education', 'academic background', 'qualifications', 'studies', 'training', 'education and training',
    'formation', 'formations', 'etudes', 'diplomes', 'cursus', 'formation academique',
    'opleiding', 'opleidingen', 'studies en opleidingen', 'onderwijs', 'diploma s',
  ],
  languages: ['languages', 'spoken languages', 'language skills', 'langues', 'competences linguistiques', 'talen', 'talenkennis'],
  projects: ['projects', 'personal projects', 'projets', 'projets personnels', 'projecten', 'portfolio', 'open source projects', 'volunteer', 'volunteer experience', 'volunteering', 'benevolat', 'vrijwilligerswerk'],
  other: [
    'interests', 'hobbies', 'awards', 'certifications', 'certificates', 'courses', 'references', 'publications', 'references', 'contact', 'personal details', 'details',
    "centres d interet", 'loisirs', 'distinctions', 'prix', 'coordonnees', 'informations personnelles', 'references',
    'interesses', 'hobby s', 'prijzen', 'certificaten', 'referenties', 'contactgegevens', 'persoonlijke gegevens',
  ],
};

const KIND_BY_HEADING: ReadonlyMap<string, SectionKind> = new Map(
  Object.entries(HEADINGS).flatMap(([kind, names]) => names.map((name) => [headingKey(name), kind as SectionKind] as const)),
);
/** Without spaces, for headings printed letter-spaced ("S K I L L S", "W O R K E X P E R I E N C E"). */
const KIND_BY_COMPACT: ReadonlyMap<string, SectionKind> = new Map([...KIND_BY_HEADING].map(([key, kind]) => [key.replace(/ /g, ''), kind]));
export const LETTER_SPACED = /^(?:\S{1,3} ){3,}\S{1,3}$/;

function headingKey(text: string): string {
  return foldText(text).replace(/[^a-z0-9]+/g, ' ').trim();
}

export interface HeadingMatch {
  kind: SectionKind;
  heading: string;
  /** What follows "Heading:" on the same line, if anything. */
  rest: string | null;
}

/** The section a line opens, or null when it is not a heading. */
export function headingOf(line: string): HeadingMatch | null {
  const trimmed = line.trim();
  if (trimmed.length > 60) return null;
  const whole = KIND_BY_HEADING.get(headingKey(trimmed)) ?? (LETTER_SPACED.test(trimmed) ? KIND_BY_COMPACT.get(headingKey(trimmed).replace(/ /g, '')) : undefined);
  if (whole) return { kind: whole, heading: trimmed, rest: null };
  // A heading in a left gutter, on the same line as the section's first cell: "Skills · SQL · Python".
  const cell = /^(.{2,40}?) · (.+)$/.exec(trimmed);
  if (cell) {
    const kind = KIND_BY_HEADING.get(headingKey(cell[1]));
    if (kind) return { kind, heading: cell[1], rest: cell[2] };
  }
  const colon = /^([^:]{2,40}?)\s*:\s*(.+)$/.exec(trimmed);
  if (colon) {
    const kind = KIND_BY_HEADING.get(headingKey(colon[1]));
    if (kind) return { kind, heading: colon[1], rest: colon[2] };
  }
  return null;
}

/** Lines in reading order → sections; the lines before the first heading are the `header`. */
export function splitSections(lines: readonly CvLine[]): CvSection[] {
  const sections: CvSection[] = [{ kind: 'header', heading: null, lines: [] }];
  let previous: CvLine | undefined;
  for (const line of lines) {
    const match = headingOf(line.text);
    const newColumn = previous !== undefined && (line.column !== previous.column || line.page !== previous.page);
    previous = line;
    // A column (or page) that does not open with a heading is not the previous column's section read on.
    if (!match && newColumn && line.column === 1) sections.push({ kind: 'other', heading: null, lines: [] });
    if (!match) {
      sections[sections.length - 1].lines.push(line);
      continue;
    }
    const section: CvSection = { kind: match.kind, heading: match.heading, lines: [] };
    if (match.rest) section.lines.push({ ...line, text: match.rest });
    sections.push(section);
  }
  return sections.filter((section) => section.kind !== 'header' || section.lines.length > 0);
}
