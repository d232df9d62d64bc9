import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccountErrorCode, type Role } from '@embauche/accounts';
import { ForbiddenError } from '@embauche/common';
import { ROLES_KEY, type RequestWithActor } from './actor.decorators';

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!roles) return true;
    const actor = context.switchToHttp().getRequest<RequestWithActor>().actor;
    if (!actor || !roles.includes(actor.role)) throw new ForbiddenError(AccountErrorCode.RoleForbidden, 'Your role may not do this');
    return true;
  }
}
