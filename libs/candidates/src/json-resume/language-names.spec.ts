import { languageCodeFromName } from './languages.mapper';

/**
 * Every name the hand-written table knew before it was built from
 * Intl.DisplayNames must still resolve to the same code.
 */
const LANGUAGES_BEFORE: Array<[string, string]> = [
  ['english', 'en'], ['anglais', 'en'], ['engels', 'en'], ['englisch', 'en'], ['french', 'fr'], ['français', 'fr'],
  ['frans', 'fr'], ['französisch', 'fr'], ['dutch', 'nl'], ['nederlands', 'nl'], ['flemish', 'nl'], ['vlaams', 'nl'],
  ['néerlandais', 'nl'], ['niederländisch', 'nl'], ['german', 'de'], ['deutsch', 'de'], ['allemand', 'de'],
  ['duits', 'de'], ['spanish', 'es'], ['español', 'es'], ['castellano', 'es'], ['castilian', 'es'],
  ['espagnol', 'es'], ['spaans', 'es'], ['italian', 'it'], ['italiano', 'it'], ['italien', 'it'],
  ['italiaans', 'it'], ['portuguese', 'pt'], ['português', 'pt'], ['portugais', 'pt'], ['portugees', 'pt'],
  ['catalan', 'ca'], ['català', 'ca'], ['basque', 'eu'], ['euskara', 'eu'], ['galician', 'gl'], ['galego', 'gl'],
  ['luxembourgish', 'lb'], ['lëtzebuergesch', 'lb'], ['luxembourgeois', 'lb'], ['irish', 'ga'], ['gaeilge', 'ga'],
  ['welsh', 'cy'], ['cymraeg', 'cy'], ['maltese', 'mt'], ['malti', 'mt'], ['swedish', 'sv'], ['svenska', 'sv'],
  ['danish', 'da'], ['dansk', 'da'], ['norwegian', 'no'], ['norsk', 'no'], ['bokmål', 'nb'], ['nynorsk', 'nn'],
  ['icelandic', 'is'], ['íslenska', 'is'], ['finnish', 'fi'], ['suomi', 'fi'], ['estonian', 'et'], ['eesti', 'et'],
  ['latvian', 'lv'], ['latviešu', 'lv'], ['lithuanian', 'lt'], ['lietuvių', 'lt'], ['polish', 'pl'],
  ['polski', 'pl'], ['polonais', 'pl'], ['pools', 'pl'], ['czech', 'cs'], ['čeština', 'cs'], ['tchèque', 'cs'],
  ['slovak', 'sk'], ['slovenčina', 'sk'], ['slovenian', 'sl'], ['slovene', 'sl'], ['slovenščina', 'sl'],
  ['hungarian', 'hu'], ['magyar', 'hu'], ['romanian', 'ro'], ['română', 'ro'], ['roumain', 'ro'], ['roemeens', 'ro'],
  ['bulgarian', 'bg'], ['български', 'bg'], ['croatian', 'hr'], ['hrvatski', 'hr'], ['serbian', 'sr'],
  ['srpski', 'sr'], ['српски', 'sr'], ['bosnian', 'bs'], ['bosanski', 'bs'], ['macedonian', 'mk'],
  ['македонски', 'mk'], ['albanian', 'sq'], ['shqip', 'sq'], ['greek', 'el'], ['ελληνικά', 'el'], ['grec', 'el'],
  ['grieks', 'el'], ['russian', 'ru'], ['русский', 'ru'], ['russe', 'ru'], ['russisch', 'ru'], ['ukrainian', 'uk'],
  ['українська', 'uk'], ['belarusian', 'be'], ['беларуская', 'be'], ['turkish', 'tr'], ['türkçe', 'tr'],
  ['turc', 'tr'], ['turks', 'tr'], ['armenian', 'hy'], ['հայերեն', 'hy'], ['georgian', 'ka'], ['ქართული', 'ka'],
  ['azerbaijani', 'az'], ['azərbaycan', 'az'], ['arabic', 'ar'], ['العربية', 'ar'], ['arabe', 'ar'],
  ['arabisch', 'ar'], ['hebrew', 'he'], ['עברית', 'he'], ['persian', 'fa'], ['farsi', 'fa'], ['فارسی', 'fa'],
  ['kurdish', 'ku'], ['kurdî', 'ku'], ['hindi', 'hi'], ['हिन्दी', 'hi'], ['हिंदी', 'hi'], ['urdu', 'ur'],
  ['اردو', 'ur'], ['bengali', 'bn'], ['bangla', 'bn'], ['বাংলা', 'bn'], ['punjabi', 'pa'], ['ਪੰਜਾਬੀ', 'pa'],
  ['tamil', 'ta'], ['தமிழ்', 'ta'], ['telugu', 'te'], ['తెలుగు', 'te'], ['marathi', 'mr'], ['मराठी', 'mr'],
  ['gujarati', 'gu'], ['ગુજરાતી', 'gu'], ['chinese', 'zh'], ['mandarin', 'zh'], ['mandarin chinese', 'zh'],
  ['cantonese', 'zh'], ['中文', 'zh'], ['普通话', 'zh'], ['汉语', 'zh'], ['japanese', 'ja'], ['日本語', 'ja'],
  ['korean', 'ko'], ['한국어', 'ko'], ['vietnamese', 'vi'], ['tiếng việt', 'vi'], ['thai', 'th'], ['ไทย', 'th'],
  ['indonesian', 'id'], ['bahasa indonesia', 'id'], ['malay', 'ms'], ['bahasa melayu', 'ms'], ['tagalog', 'tl'],
  ['filipino', 'tl'], ['swahili', 'sw'], ['kiswahili', 'sw'], ['amharic', 'am'], ['አማርኛ', 'am'], ['somali', 'so'],
  ['soomaali', 'so'], ['hausa', 'ha'], ['yoruba', 'yo'], ['igbo', 'ig'], ['zulu', 'zu'], ['isizulu', 'zu'],
  ['xhosa', 'xh'], ['afrikaans', 'af'], ['lingala', 'ln'], ['wolof', 'wo'], ['esperanto', 'eo'], ['latin', 'la'],
];

describe('language names from Intl', () => {
  it.each(LANGUAGES_BEFORE)('language %s is still %s', (name, code) => {
    expect(languageCodeFromName(name)).toBe(code);
  });

  it('knows languages the hand-written table did not', () => {
    expect(languageCodeFromName('japonais')).toBe('ja');
    expect(languageCodeFromName('Portugiesisch')).toBe('pt');
    expect(languageCodeFromName('Noors')).toBe('no');
    expect(languageCodeFromName('Tibetan')).toBe('bo');
    expect(languageCodeFromName('cymraeg')).toBe('cy');
  });

  it('still refuses what is not a language', () => {
    expect(languageCodeFromName('Klingon')).toBeNull();
  });
});
