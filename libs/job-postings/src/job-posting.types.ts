import type { Requirements, RemotePolicy, SalaryRange, Seniority } from '@embauche/matching/model';
import type { EmploymentType, PostingStatus } from './job-posting.entity';

export type PostingLanguage = 'fr' | 'en' | 'nl';

/** What a recruiter may set on a posting (POST body; PATCH takes any subset). */
export interface PostingInput {
  templateId: string;
  language: PostingLanguage;
  country: string;
  city: string;
  seniority: Seniority;
  remotePolicy: RemotePolicy;
  employmentType: EmploymentType;
  title?: string;
  salary?: SalaryRange | null;
  requirements?: Requirements;
  hiringManagerIds?: string[];
}

export interface PostingListFilter {
  status?: PostingStatus;
  limit: number;
  cursor?: string;
}

export interface BoardFilter {
  q?: string;
  skill?: string;
  country?: string;
  city?: string;
  remotePolicy?: RemotePolicy;
  seniority?: Seniority;
  limit: number;
  cursor?: string;
}

/** Said after a commit that changed what scores depend on; the matching side reacts (re-scores). */
export interface RequirementsChanged {
  jobPostingId: string;
  requirementsVersion: number;
}
