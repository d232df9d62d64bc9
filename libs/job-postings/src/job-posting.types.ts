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
  /** Only the postings this hiring manager is assigned to. */
  hiringManagerId?: string;
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

/** What creating a posting would produce, nothing saved (POST /job-postings/preview). */
export interface PostingPreview {
  title: string;
  description: string;
  salary: SalaryRange | null;
  requirements: Requirements;
}

/** Per posting, what the dashboard shows beside it. */
export interface PostingStats {
  applications: number;
  pending: number;
  failed: number;
  /** The latest change to the posting or any of its applications. */
  lastActivityAt: Date;
}
