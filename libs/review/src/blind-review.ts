/**
 * Blind review, the one rule (API.md): a reviewer does not see a candidate's
 * name and email when the read asks for it (`?blind=true`) or the organization
 * reviews blind, until the application has reached interview. The move to
 * interview stamps `identity_revealed_at` once (ApplicationsRepository.revealIdentity,
 * recorded in the audit trail); from then on the identity shows for good.
 * A suggestion has no application, so nothing ever reveals it.
 */
export interface BlindSetting {
  /** The read asked for blind review. */
  asked?: boolean;
  /** The organization's setting. */
  organization: boolean;
}

/** Whether identities are hidden on this read, before looking at any one application. */
export function reviewsBlind(setting: BlindSetting): boolean {
  return Boolean(setting.asked || setting.organization);
}

/** Whether one application's candidate is hidden on this read. */
export function hidesIdentity(setting: BlindSetting, identityRevealedAt: Date | null): boolean {
  return reviewsBlind(setting) && !identityRevealedAt;
}
