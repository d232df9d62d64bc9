import { describe, expect, it } from 'vitest';
import type { Skill } from '../../api/skills';
import { ApiError } from '../../api/client';
import { bodyOf, newPostingForm, problemDetails, salaryOfFields } from './posting-form-model';
import { formOfRequirements, requirementsOfForm } from './requirements-model';

describe('the posting form model', () => {
  it('leaves the title and salary to the template until they are edited', () => {
    const form = { ...newPostingForm('backend-developer', 'fr'), city: '  Liège ' };
    expect(bodyOf(form)).toEqual({
      templateId: 'backend-developer',
      language: 'fr',
      country: 'BE',
      city: 'Liège',
      seniority: 'mid',
      remotePolicy: 'hybrid',
      employmentType: 'full_time',
      hiringManagerIds: [],
    });
    const edited = bodyOf({ ...form, title: ' Dev ', salary: { min: '4000', max: '4800', currency: 'eur', period: 'month' } });
    expect(edited).toMatchObject({ title: 'Dev', salary: { min: 4000, max: 4800, currency: 'EUR', period: 'month' } });
  });

  it('reads two empty amounts as no salary, and sends anything else for the API to judge', () => {
    expect(salaryOfFields({ min: ' ', max: '', currency: 'EUR', period: 'year' })).toBeNull();
    expect(salaryOfFields({ min: '', max: '5000', currency: 'EUR', period: 'year' })).toEqual({ min: 0, max: 5000, currency: 'EUR', period: 'year' });
  });

  it('takes the code and the first message per field from a problem', () => {
    const error = new ApiError(409, { code: 'salary_required', errors: [{ field: 'salary.min', message: 'a' }, { field: 'salary.min', message: 'b' }] });
    expect(problemDetails(error)).toEqual({ status: 409, code: 'salary_required', fields: { 'salary.min': 'a' } });
    expect(problemDetails(new Error('network'))).toBeUndefined();
  });
});

describe('the requirements form model', () => {
  const taxonomy = new Map<string, Skill>([
    ['java', { id: 'java', kind: 'technical' } as Skill],
    ['teamwork', { id: 'teamwork', kind: 'soft' } as Skill],
  ]);

  it('sorts rows by the kind of their first skill and gives back what it read', () => {
    const requirements = {
      skills: [
        { anyOf: ['java', 'python'], minLevel: 3, importance: 'must' as const },
        { anyOf: ['teamwork'], minLevel: 2, importance: 'nice' as const },
        { anyOf: ['Cobol maison'], minLevel: 1, importance: 'nice' as const },
      ],
      languages: [{ language: 'en', minLevel: 'B2' as const, importance: 'must' as const }],
      minYearsExperience: null,
    };
    const form = formOfRequirements(requirements, taxonomy);
    expect(form.skills.map((r) => r.kind)).toEqual(['technical', 'soft', 'technical']);
    expect(form.minYears).toBe('');
    expect(requirementsOfForm(form)).toEqual(requirements);
    expect(requirementsOfForm({ ...form, minYears: '4' }).minYearsExperience).toBe(4);
  });
});
