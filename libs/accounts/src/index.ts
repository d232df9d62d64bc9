export * from './roles';
export * from './organization.entity';
export * from './user.entity';
export * from './users.repository';
export * from './organizations.repository';
export * from './password-hasher';
export * from './accounts.service';
export * from './accounts.module';
