/** What accounts, sign-in, sessions and the guards refuse; the problem filter maps each class to its status. */
export const AccountErrorCode = {
  /** No `Authorization: Bearer` header (401). */
  TokenRequired: 'token_required',
  /** A bearer token that is forged, expired, or whose user is gone (401). */
  TokenInvalid: 'token_invalid',
  /** Same answer whether the email exists or not (401). */
  InvalidCredentials: 'invalid_credentials',
  /** The candidate erased their data; the account cannot act any more (401). */
  AccountErased: 'account_erased',
  /** The refresh cookie is missing or not one the server minted (401). */
  SessionInvalid: 'session_invalid',
  /** Expired, revoked, replayed, or its user no longer active (401). */
  SessionEnded: 'session_ended',
  /** The route's roles do not include the caller's (403). */
  RoleForbidden: 'role_forbidden',
  /** Only members of an organization may do this (403). */
  MembersOnly: 'members_only',
  /** A cookie session used from an untrusted or missing Origin (403, CSRF defence). */
  UntrustedOrigin: 'untrusted_origin',
  EmailTaken: 'email_taken',
  UserNotFound: 'user_not_found',
  OrganizationNotFound: 'organization_not_found',
  /** No member with this id in the caller's organization (404). */
  MemberNotFound: 'member_not_found',
  /** The change would leave the organization without an active admin (409). */
  LastAdmin: 'last_active_admin',
  /** An account (for export or erasure) that does not exist or is already erased (404). */
  AccountNotFound: 'account_not_found',
} as const;
