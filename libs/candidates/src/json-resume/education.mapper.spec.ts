import { educationLevelFromText, highestEducationLevel } from './education.mapper';
import { JsonResume, UnmappedField } from './json-resume.types';

function run(education: JsonResume['education']) {
  const unmapped: UnmappedField[] = [];
  return { level: highestEducationLevel({ education }, unmapped), unmapped };
}

describe('educationLevelFromText', () => {
  it.each([
    ['Ph.D.', 'doctorate'], ['PhD', 'doctorate'], ['Doctor of Philosophy', 'doctorate'], ['Doctorate', 'doctorate'],
    ['Doctorat', 'doctorate'],
    ['Master', 'master'], ["Master's degree", 'master'], ['MSc', 'master'], ['M.Sc.', 'master'], ['MBA', 'master'],
    ['M.S.', 'master'], ['Engineer', 'master'], ['Engineering degree', 'master'], ['Ingénieur civil', 'master'],
    ["Diplôme d'ingénieur", 'master'], ['Bac+5', 'master'],
    ['Bachelor', 'bachelor'], ['Bachelor of Science', 'bachelor'], ['BSc', 'bachelor'], ['B.S.', 'bachelor'],
    ['Licence', 'bachelor'], ["Bachelor's", 'bachelor'], ['Bachelor of Engineering', 'bachelor'],
    ['Associate', 'bachelor'], ['Associate of Applied Science', 'bachelor'], ['BTS', 'bachelor'],
    ['Bootcamp', 'bootcamp'], ['Coding Boot Camp', 'bootcamp'],
    ['High school', 'secondary'], ['High School Diploma', 'secondary'], ['Secondary', 'secondary'],
    ['Baccalauréat', 'secondary'], ['Enseignement secondaire', 'secondary'],
    ['BSc / MSc', 'master'],
  ])('reads %j as %s', (text, level) => {
    expect(educationLevelFromText(text)).toBe(level);
  });

  // "Engineering" alone is a field of study, not the engineer's degree.
  it.each(['Engineering', 'Software Engineering', 'Computer Science', 'Certificate', 'Mathematics', ''])(
    'does not guess at %j',
    (text) => {
      expect(educationLevelFromText(text)).toBeNull();
    },
  );
});

describe('highestEducationLevel', () => {
  it('takes the highest level across entries', () => {
    expect(
      run([{ studyType: 'Bachelor' }, { studyType: 'High school' }, { studyType: 'MSc' }, { studyType: 'Bootcamp' }]),
    ).toEqual({ level: 'master', unmapped: [] });
  });

  it('reads the area when the study type says nothing', () => {
    expect(run([{ area: 'MBA' }]).level).toBe('master');
    expect(run([{ studyType: 'Diploma', area: 'High School' }])).toEqual({ level: 'secondary', unmapped: [] });
  });

  it('prefers the study type to the area', () => {
    expect(run([{ studyType: 'Bachelor', area: 'Secondary Education' }]).level).toBe('bachelor');
  });

  it('is null without education, and reports a study type it cannot read', () => {
    expect(highestEducationLevel({}, [])).toBeNull();
    expect(run([{ institution: 'Somewhere' }])).toEqual({ level: null, unmapped: [] });
    expect(run([{ studyType: 'Certificate', area: 'Data Science' }])).toEqual({
      level: null,
      unmapped: [{ field: 'education[0].studyType', value: 'Certificate', reason: 'degree not recognised' }],
    });
  });
});
