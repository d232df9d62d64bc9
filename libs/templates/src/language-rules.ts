/**
 * Resolves a template's language rules (data, see LanguageRules) into the
 * language requirements of one posting.
 */
import { IMPORTANCES, type LanguageRequirement } from '@embauche/matching/model';
import type { LanguageRules, TemplateLanguage } from './template.types';

/**
 * Layers, general to specific: always → byPostingLanguage[language] →
 * byCountry[country][language]. One requirement per language; the more
 * specific layer wins, so a country can soften or raise a general rule.
 * The result lists `must` first, then `important`, then `nice` (stable
 * otherwise), which is also the order a description reads best in.
 */
export function resolveLanguages(
  rules: LanguageRules,
  language: TemplateLanguage,
  country: string,
): LanguageRequirement[] {
  const layers = [
    rules.always,
    rules.byPostingLanguage[language] ?? [],
    rules.byCountry[country.toUpperCase()]?.[language] ?? [],
  ];
  const byLanguage = new Map<string, LanguageRequirement>();
  for (const layer of layers) {
    for (const rule of layer) byLanguage.set(rule.language, { ...rule });
  }
  const rank = (r: LanguageRequirement) => IMPORTANCES.indexOf(r.importance);
  return [...byLanguage.values()].sort((a, b) => rank(a) - rank(b));
}
