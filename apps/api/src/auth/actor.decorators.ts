import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { AccountErrorCode, isMember, type Actor, type MemberActor, type Role } from '@embauche/accounts';
import { ForbiddenError } from '@embauche/common';

export const IS_PUBLIC = 'embauche:public';
export const ROLES_KEY = 'embauche:roles';

/** The route needs no token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the route (403 otherwise); services still scope every query. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export interface RequestWithActor {
  actor?: Actor;
}

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  return context.switchToHttp().getRequest<RequestWithActor>().actor as Actor;
});

/** The caller as an organization member; 403 for anyone else (candidates). */
export const CurrentMember = createParamDecorator((_: unknown, context: ExecutionContext): MemberActor => {
  const actor = context.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor || !isMember(actor)) throw new ForbiddenError(AccountErrorCode.MembersOnly, 'Only members of an organization may do this');
  return actor;
});
