import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Environment } from '@embauche/common';
import { AccountsService } from './accounts.service';
import { BrowserSessionsService } from './browser-sessions.service';
import { OrganizationEntity } from './organization.entity';
import { OrganizationsRepository } from './organizations.repository';
import { PasswordHasher } from './password-hasher';
import { RefreshTokenEntity } from './refresh-token.entity';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

/** Owns users, organizations, passwords and access tokens. Knows nothing of postings or candidates. */
@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, OrganizationEntity, RefreshTokenEntity]),
    JwtModule.registerAsync({
      inject: [Environment],
      // A KeyObject, not a string: jsonwebtoken 9 otherwise tries to parse the string as a public
      // key on every sign and verify (measured: 0.86 ms → 0.07 ms per verify).
      useFactory: (env: Environment) => ({
        secret: createSecretKey(Buffer.from(env.JWT_SECRET, 'utf8')) as unknown as string,
        signOptions: { expiresIn: env.JWT_TTL_SECONDS, algorithm: 'HS256' as const },
        verifyOptions: { algorithms: ['HS256' as const] },
      }),
    }),
  ],
  providers: [AccountsService, UsersRepository, OrganizationsRepository, PasswordHasher, RefreshTokensRepository, BrowserSessionsService],
  exports: [AccountsService, UsersRepository, OrganizationsRepository, JwtModule, RefreshTokensRepository, BrowserSessionsService],
})
export class AccountsModule {}
