import { countryNamesFromIntl } from './intl-names';
import { ISO_3166_1_ALPHA2_CODES } from './iso-codes.data';

/**
 * What Intl.DisplayNames does not know: short and informal forms ("USA",
 * "Holland"), the nations of the United Kingdom, long official forms, and
 * native names in a country's second language ("Éire", "Svizzera"). Keys are
 * lowercase and keep their accents; countryCodeFromName() folds accents, dots
 * and hyphens on both sides, so "BELGIE" finds "België" and "U.S.A." finds "usa".
 */
export const COUNTRY_SHORT_FORMS: Record<string, string> = {
  'czech republic': 'CZ', 'république tchèque': 'CZ',
  'éire': 'IE',
  'the netherlands': 'NL', holland: 'NL',
  uk: 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB',
  'northern ireland': 'GB', 'grande-bretagne': 'GB', angleterre: 'GB', 'groot-brittannië': 'GB', engeland: 'GB',
  'united states of america': 'US', usa: 'US', america: 'US', "états-unis d'amérique": 'US',
  'verenigde staten van amerika': 'US',
  svizzera: 'CH',
  bharat: 'IN',
};

/**
 * Every officially assigned country by its names in English, French, Dutch,
 * German and its own language (from ICU), plus the short forms above.
 */
export const COUNTRY_NAMES: Record<string, string> = {
  ...countryNamesFromIntl(ISO_3166_1_ALPHA2_CODES),
  ...COUNTRY_SHORT_FORMS,
};
