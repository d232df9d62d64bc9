import { DynamicModule, Global, Module } from '@nestjs/common';
import { Environment } from './environment';

/** Makes the environment validated in main.ts injectable as the `Environment` class. */
@Global()
@Module({})
export class EnvironmentModule {
  static forRoot(environment: Environment): DynamicModule {
    return { module: EnvironmentModule, providers: [{ provide: Environment, useValue: environment }], exports: [Environment] };
  }
}
