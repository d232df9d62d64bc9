import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Environment } from '@embauche/common';
import { AccountsService } from './accounts.service';
import { OrganizationEntity } from './organization.entity';
import { OrganizationsRepository } from './organizations.repository';
import { PasswordHasher } from './password-hasher';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

/** Owns users, organizations, passwords and access tokens. Knows nothing of postings or candidates. */
@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, OrganizationEntity]),
    JwtModule.registerAsync({
      inject: [Environment],
      useFactory: (env: Environment) => ({ secret: env.JWT_SECRET, signOptions: { expiresIn: env.JWT_TTL_SECONDS } }),
    }),
  ],
  providers: [AccountsService, UsersRepository, OrganizationsRepository, PasswordHasher],
  exports: [AccountsService, UsersRepository, OrganizationsRepository, JwtModule],
})
export class AccountsModule {}
