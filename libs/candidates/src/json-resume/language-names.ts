import { languageNamesFromIntl } from '@embauche/common/intl-names';
import { ISO_639_1_CODES } from '@embauche/common/iso-codes.data';

/**
 * What Intl.DisplayNames does not know: regional and informal names people put
 * on a resume ("Vlaams", "Farsi", "Mandarin"), alternative scripts, and the
 * Norwegian written standards. Keys are compared after foldText(), so case and
 * accents do not matter.
 */
export const LANGUAGE_SHORT_FORMS: Record<string, string> = {
  flemish: 'nl', vlaams: 'nl',
  castellano: 'es', castilian: 'es',
  'bokmål': 'nb', nynorsk: 'nn',
  srpski: 'sr',
  farsi: 'fa',
  'kurdî': 'ku',
  'हिंदी': 'hi',
  mandarin: 'zh', 'mandarin chinese': 'zh', cantonese: 'zh', '普通话': 'zh', '汉语': 'zh',
  'bahasa indonesia': 'id', 'bahasa melayu': 'ms',
  tagalog: 'tl',
};

/**
 * Language names → ISO 639-1, for JSON Resume's free-text `languages[].language`:
 * every ISO 639-1 language by its name in English, French, Dutch, German and
 * in itself (from ICU), plus the forms above. Languages can still be given by
 * their code ("ig", "yo").
 */
export const LANGUAGE_NAMES: Record<string, string> = {
  ...languageNamesFromIntl(ISO_639_1_CODES),
  ...LANGUAGE_SHORT_FORMS,
};
