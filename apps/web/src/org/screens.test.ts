import { describe, expect, it } from 'vitest';
import { screenFor } from './screens';

describe('the screen the URL asks for, fetched with the organization’s code', () => {
  it('maps every organization route to its screen', () => {
    const id = '0f0f0f0f-0000-4000-8000-000000000001';
    expect(screenFor('/org')).toBe('dashboard');
    expect(screenFor('/org/postings')).toBe('dashboard');
    expect(screenFor('/org/postings/new')).toBe('draft');
    expect(screenFor(`/org/postings/${id}`)).toBe('posting');
    expect(screenFor(`/org/postings/${id}/matches`)).toBe('matches');
    expect(screenFor(`/org/postings/${id}/sourcing`)).toBe('sourcing');
    expect(screenFor(`/org/postings/${id}/pipeline`)).toBe('pipeline');
    expect(screenFor(`/org/applications/${id}`)).toBe('application');
    expect(screenFor('/org/members')).toBe('members');
    expect(screenFor('/org/settings')).toBe('settings');
    expect(screenFor('/org/webhooks')).toBe('webhooks');
  });

  it('fetches nothing for a path that is no organization screen', () => {
    expect(screenFor('/org/nope')).toBeUndefined();
    expect(screenFor(`/org/postings/x/y/z`)).toBeUndefined();
    expect(screenFor('/jobs')).toBeUndefined();
  });
});
