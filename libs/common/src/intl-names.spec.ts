import { countryCodeFromName } from './iso-codes';

/**
 * Every name the hand-written table knew before it was built from
 * Intl.DisplayNames must still resolve to the same code.
 */
const COUNTRIES_BEFORE: Array<[string, string]> = [
  ['austria', 'AT'], ['autriche', 'AT'], ['oostenrijk', 'AT'], ['österreich', 'AT'], ['belgium', 'BE'],
  ['belgique', 'BE'], ['belgië', 'BE'], ['belgien', 'BE'], ['bulgaria', 'BG'], ['bulgarie', 'BG'],
  ['bulgarije', 'BG'], ['croatia', 'HR'], ['croatie', 'HR'], ['kroatië', 'HR'], ['hrvatska', 'HR'], ['cyprus', 'CY'],
  ['chypre', 'CY'], ['czechia', 'CZ'], ['czech republic', 'CZ'], ['tchéquie', 'CZ'], ['république tchèque', 'CZ'],
  ['tsjechië', 'CZ'], ['česko', 'CZ'], ['denmark', 'DK'], ['danemark', 'DK'], ['denemarken', 'DK'],
  ['danmark', 'DK'], ['estonia', 'EE'], ['estonie', 'EE'], ['estland', 'EE'], ['eesti', 'EE'], ['finland', 'FI'],
  ['finlande', 'FI'], ['suomi', 'FI'], ['france', 'FR'], ['frankrijk', 'FR'], ['frankreich', 'FR'],
  ['germany', 'DE'], ['allemagne', 'DE'], ['duitsland', 'DE'], ['deutschland', 'DE'], ['greece', 'GR'],
  ['grèce', 'GR'], ['griekenland', 'GR'], ['ελλάδα', 'GR'], ['hungary', 'HU'], ['hongrie', 'HU'],
  ['hongarije', 'HU'], ['magyarország', 'HU'], ['ireland', 'IE'], ['irlande', 'IE'], ['ierland', 'IE'],
  ['éire', 'IE'], ['italy', 'IT'], ['italie', 'IT'], ['italië', 'IT'], ['italia', 'IT'], ['latvia', 'LV'],
  ['lettonie', 'LV'], ['letland', 'LV'], ['latvija', 'LV'], ['lithuania', 'LT'], ['lituanie', 'LT'],
  ['litouwen', 'LT'], ['lietuva', 'LT'], ['luxembourg', 'LU'], ['luxemburg', 'LU'], ['malta', 'MT'], ['malte', 'MT'],
  ['netherlands', 'NL'], ['the netherlands', 'NL'], ['pays-bas', 'NL'], ['nederland', 'NL'], ['holland', 'NL'],
  ['poland', 'PL'], ['pologne', 'PL'], ['polen', 'PL'], ['polska', 'PL'], ['portugal', 'PT'], ['romania', 'RO'],
  ['roumanie', 'RO'], ['roemenië', 'RO'], ['românia', 'RO'], ['slovakia', 'SK'], ['slovaquie', 'SK'],
  ['slowakije', 'SK'], ['slovensko', 'SK'], ['slovenia', 'SI'], ['slovénie', 'SI'], ['slovenië', 'SI'],
  ['slovenija', 'SI'], ['spain', 'ES'], ['espagne', 'ES'], ['spanje', 'ES'], ['españa', 'ES'], ['sweden', 'SE'],
  ['suède', 'SE'], ['zweden', 'SE'], ['sverige', 'SE'], ['united kingdom', 'GB'], ['uk', 'GB'],
  ['great britain', 'GB'], ['britain', 'GB'], ['england', 'GB'], ['scotland', 'GB'], ['wales', 'GB'],
  ['northern ireland', 'GB'], ['royaume-uni', 'GB'], ['grande-bretagne', 'GB'], ['angleterre', 'GB'],
  ['verenigd koninkrijk', 'GB'], ['groot-brittannië', 'GB'], ['engeland', 'GB'], ['united states', 'US'],
  ['united states of america', 'US'], ['usa', 'US'], ['america', 'US'], ['états-unis', 'US'],
  ["états-unis d'amérique", 'US'], ['verenigde staten', 'US'], ['verenigde staten van amerika', 'US'],
  ['switzerland', 'CH'], ['suisse', 'CH'], ['zwitserland', 'CH'], ['schweiz', 'CH'], ['svizzera', 'CH'],
  ['canada', 'CA'], ['india', 'IN'], ['inde', 'IN'], ['bharat', 'IN'],
];

describe('country names from Intl', () => {
  it.each(COUNTRIES_BEFORE)('country %s is still %s', (name, code) => {
    expect(countryCodeFromName(name)).toBe(code);
  });

  it('knows countries the hand-written table did not, in every accepted language and natively', () => {
    expect(countryCodeFromName('Japon')).toBe('JP');
    expect(countryCodeFromName('Marokko')).toBe('MA');
    expect(countryCodeFromName('Vereinigte Staaten')).toBe('US');
    expect(countryCodeFromName('Brasil')).toBe('BR');
    expect(countryCodeFromName('Sénégal')).toBe('SN');
    expect(countryCodeFromName('Nieuw-Zeeland')).toBe('NZ');
    expect(countryCodeFromName('日本')).toBe('JP');
  });

  it('still refuses what is not a country or a language', () => {
    expect(countryCodeFromName('Atlantis')).toBeNull();
    expect(countryCodeFromName('')).toBeNull();
  });
});
