import {
  COUNTRY_NAMES,
  ISO_3166_1_ALPHA2,
  ISO_639_1,
  countryCodeFromName,
  isCountryCode,
  isLanguageCode,
} from './iso-codes';

const EU_AND_PARTNERS = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'GB', 'US', 'CH', 'CA', 'IN',
];

describe('ISO 639-1', () => {
  it('holds the 184 two-letter codes, lowercase', () => {
    expect(ISO_639_1.size).toBe(184);
    for (const code of ISO_639_1) expect(code).toMatch(/^[a-z]{2}$/);
  });

  it.each(['en', 'fr', 'nl', 'de', 'zh', 'ig', 'yi', 'zu', 'aa'])('knows %s', (code) => {
    expect(isLanguageCode(code)).toBe(true);
  });

  it.each(['EN', 'eng', 'xx', 'qq', '', 'e', 'fil', 'jw', 'iw', 'in'])('rejects %j', (code) => {
    // jw, iw and in are withdrawn 639-1 codes (now jv, he, id).
    expect(isLanguageCode(code)).toBe(false);
  });

  it('rejects values that are not strings', () => {
    expect(isLanguageCode(undefined)).toBe(false);
    expect(isLanguageCode(42)).toBe(false);
  });
});

describe('ISO 3166-1 alpha-2', () => {
  it('holds the 249 officially assigned codes, uppercase', () => {
    expect(ISO_3166_1_ALPHA2.size).toBe(249);
    for (const code of ISO_3166_1_ALPHA2) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it.each(['BE', 'GB', 'US', 'AX', 'SS', 'BQ', 'CW', 'SX', 'AQ'])('knows %s', (code) => {
    expect(isCountryCode(code)).toBe(true);
  });

  // UK, EU and EL are reserved but not assigned; XK (Kosovo) is user-assigned; AN and YU were withdrawn.
  it.each(['UK', 'EU', 'EL', 'XK', 'AN', 'YU', 'be', 'BEL', ''])('rejects %j', (code) => {
    expect(isCountryCode(code)).toBe(false);
  });
});

describe('COUNTRY_NAMES', () => {
  it('maps only to assigned codes', () => {
    for (const [name, code] of Object.entries(COUNTRY_NAMES)) {
      expect([name, isCountryCode(code)]).toEqual([name, true]);
      expect(name).toBe(name.toLowerCase());
    }
  });

  it('names every EU country, the UK, the US, Switzerland, Canada and India', () => {
    const covered = new Set(Object.values(COUNTRY_NAMES));
    expect(EU_AND_PARTNERS.filter((code) => !covered.has(code))).toEqual([]);
  });

  it.each([
    ['belgique', 'BE'], ['belgië', 'BE'], ['belgium', 'BE'],
    ['united states', 'US'], ['usa', 'US'], ['uk', 'GB'],
    ['pays-bas', 'NL'], ['nederland', 'NL'], ['allemagne', 'DE'], ['duitsland', 'DE'],
  ])('has the common form %j', (name, code) => {
    expect(COUNTRY_NAMES[name]).toBe(code);
  });
});

describe('countryCodeFromName', () => {
  it.each([
    ['Belgique', 'BE'],
    ['BELGIE', 'BE'],
    ['  België ', 'BE'],
    ['Belgïe', 'BE'],
    ['U.S.A.', 'US'],
    ['U.S.', 'US'],
    ['United States of America', 'US'],
    ['Etats-Unis', 'US'],
    ['etats unis', 'US'],
    ['UK', 'GB'],
    ['U.K.', 'GB'],
    ['Royaume-Uni', 'GB'],
    ['Groot-Brittannië', 'GB'],
    ['Pays Bas', 'NL'],
    ['Tchéquie', 'CZ'],
    ['Suisse', 'CH'],
    ['Zwitserland', 'CH'],
    ['India', 'IN'],
    ['Canada', 'CA'],
  ])('reads the name %j as %s', (name, code) => {
    expect(countryCodeFromName(name)).toBe(code);
  });

  const codes = [['be', 'BE'], ['Fr', 'FR'], ['JP', 'JP'], ['nz', 'NZ']];
  it.each(codes)('accepts the code %j in any case', (input, code) => {
    expect(countryCodeFromName(input)).toBe(code);
  });

  it.each(['', '   ', 'Atlantis', 'California', 'XX', 'Bel'])('returns null for %j', (input) => {
    expect(countryCodeFromName(input)).toBeNull();
  });
});
