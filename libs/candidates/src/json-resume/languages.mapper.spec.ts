import { isLanguageCode } from '@embauche/common/iso-codes';
import { JsonResume, UnmappedField } from './json-resume.types';
import { LANGUAGE_NAMES } from './language-names';
import { cefrLevelFromFluency, languageCodeFromName, mapLanguages } from './languages.mapper';

function run(languages: JsonResume['languages']) {
  const unmapped: UnmappedField[] = [];
  return { languages: mapLanguages({ languages }, unmapped), unmapped };
}

describe('languageCodeFromName', () => {
  it.each([
    ['English', 'en'], ['english', 'en'], ['French', 'fr'], ['Français', 'fr'], ['FRANCAIS', 'fr'],
    ['Nederlands', 'nl'], ['Dutch', 'nl'], ['Flemish', 'nl'], ['German', 'de'], ['Deutsch', 'de'],
    ['Spanish', 'es'], ['Español', 'es'], ['Italiano', 'it'], ['Polski', 'pl'], ['Русский', 'ru'],
    ['中文', 'zh'], ['Mandarin', 'zh'], ['日本語', 'ja'], ['Igbo', 'ig'], ['Tiếng Việt', 'vi'],
    ['Bahasa Indonesia', 'id'], ['Norwegian', 'no'], ['Bokmål', 'nb'],
    // Qualifiers around the language name.
    ['English (native)', 'en'], ['Brazilian Portuguese', 'pt'], ['Swiss German', 'de'], ['English – C1', 'en'],
    // An ISO 639-1 code, for languages the table does not list.
    ['yo', 'yo'], ['FR', 'fr'], ['ff', 'ff'],
  ])('reads %j as %s', (name, code) => {
    expect(languageCodeFromName(name)).toBe(code);
  });

  const unknown = ['Klingon', 'French/Dutch', 'French, Dutch', 'Sign language', 'Bahasa', 'xx', ''];
  it.each(unknown)('returns null for %j', (name) => {
    expect(languageCodeFromName(name)).toBeNull();
  });

  it('maps every name in the table to an ISO 639-1 code', () => {
    for (const [name, code] of Object.entries(LANGUAGE_NAMES)) {
      expect([name, isLanguageCode(code)]).toEqual([name, true]);
    }
  });
});

describe('cefrLevelFromFluency', () => {
  it.each([
    ['Native speaker', 'native'], ['native', 'native'], ['Mother tongue', 'native'], ['Bilingual', 'native'],
    ['Native or bilingual proficiency', 'native'], ['Near-native', 'C2'],
    ['Fluent', 'C1'], ['Full professional proficiency', 'C1'],
    ['Professional working proficiency', 'B2'], ['professional', 'B2'],
    ['Conversational', 'B1'], ['Limited working proficiency', 'B1'], ['limited', 'B1'],
    ['Elementary', 'A2'], ['Elementary proficiency', 'A2'], ['Beginner', 'A1'],
    ['B2', 'B2'], ['c1', 'C1'], ['C1 - Advanced', 'C1'], ['Level A2 (CEFR)', 'A2'],
  ])('reads %j as %s', (fluency, level) => {
    expect(cefrLevelFromFluency(fluency)).toBe(level);
  });

  it.each(['so-so', 'ok', '5/5', 'B3'])('does not guess at %j', (fluency) => {
    expect(cefrLevelFromFluency(fluency)).toBeNull();
  });
});

describe('mapLanguages', () => {
  it('maps names and fluencies', () => {
    expect(
      run([
        { language: 'Français', fluency: 'Native speaker' },
        { language: 'Nederlands', fluency: 'Professional working proficiency' },
        { language: 'English', fluency: 'Fluent' },
      ]),
    ).toEqual({
      languages: [
        { language: 'fr', level: 'native' },
        { language: 'nl', level: 'B2' },
        { language: 'en', level: 'C1' },
      ],
      unmapped: [],
    });
  });

  it('reports an unknown language and assumes B1 for an unknown or missing fluency', () => {
    const written = [
      { language: 'Klingon', fluency: 'Fluent' },
      { language: 'German', fluency: 'so-so' },
      { language: 'Dutch' },
    ];
    expect(run(written)).toEqual({
      languages: [
        { language: 'de', level: 'B1' },
        { language: 'nl', level: 'B1' },
      ],
      unmapped: [
        { field: 'languages[0].language', value: 'Klingon', reason: 'language not recognised' },
        { field: 'languages[1].fluency', value: 'so-so', reason: 'fluency not recognised; B1 assumed' },
        { field: 'languages[2].fluency', value: '', reason: 'no fluency given; B1 assumed' },
      ],
    });
  });

  it('keeps one entry per language, at the highest level written', () => {
    expect(
      run([
        { language: 'English', fluency: 'B2' },
        { language: 'Anglais', fluency: 'C1' },
        { language: 'english', fluency: 'Elementary' },
      ]).languages,
    ).toEqual([{ language: 'en', level: 'C1' }]);
  });

  it('skips entries without a language name', () => {
    const written = [{ fluency: 'Fluent' }, { language: '  ', fluency: 'Native' }];
    expect(run(written)).toEqual({ languages: [], unmapped: [] });
  });
});
