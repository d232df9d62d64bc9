import { useQuery } from '@tanstack/react-query';
import type { Schema } from '@embauche/api-client';
import { api, unwrap } from './client';

export type Skill = Schema<'SkillResponse'>;
type Lang = 'fr' | 'en' | 'nl';

export const skillKeys = {
  taxonomy: (lang: Lang) => ['skills', 'taxonomy', lang] as const,
  search: (lang: Lang, q: string) => ['skills', 'search', lang, q] as const,
};

/** The whole taxonomy in one language (a few hundred skills): labels and kinds for requirement ids. */
export function useSkillTaxonomy(lang: Lang) {
  return useQuery({
    queryKey: skillKeys.taxonomy(lang),
    queryFn: async () => unwrap(await api.GET('/api/v1/skills', { params: { query: { lang } } })).items,
    staleTime: Infinity,
    select: (items) => new Map(items.map((s) => [s.id, s])),
  });
}

/** Autocomplete: the API resolves aliases in every language ("Postgres", "rigueur", "samenwerking"). */
export function useSkillSearch(lang: Lang, q: string) {
  return useQuery({
    queryKey: skillKeys.search(lang, q),
    queryFn: async () => unwrap(await api.GET('/api/v1/skills', { params: { query: { lang, q } } })).items.slice(0, 8),
    enabled: q.trim().length > 0,
    staleTime: 5 * 60_000,
  });
}
