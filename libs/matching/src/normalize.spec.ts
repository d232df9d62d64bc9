import { foldText, skillKey } from './normalize';

describe('skillKey', () => {
  it.each([
    ['Node.js', 'NodeJS'],
    ['  PostgreSQL ', 'postgresql'],
    ["esprit d'équipe", 'Esprit d’Equipe'.replace('’', "'")],
    ['Spring Boot', 'spring-boot'],
  ])('folds %s and %s to one key', (a, b) => {
    expect(skillKey(a)).toBe(skillKey(b));
  });

  it.each([
    ['Java', 'JavaScript'],
    ['C', 'C++'],
    ['C', 'C#'],
    ['C++', 'C#'],
    ['Go', 'good'],
    ['R', 'Rust'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(skillKey(a)).not.toBe(skillKey(b));
  });
});

describe('foldText', () => {
  it('compares city names without case or accents', () => {
    expect(foldText(' Liège ')).toBe(foldText('LIEGE'));
  });
});
