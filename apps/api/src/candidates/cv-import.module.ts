import { Module, type OnModuleDestroy } from '@nestjs/common';
import { CvParserPool } from '@embauche/cv';
import { CvImportController } from './cv-import.controller';

/** The CV import route and its pool of parse threads, closed with the application. */
@Module({
  controllers: [CvImportController],
  providers: [{ provide: CvParserPool, useFactory: () => new CvParserPool() }],
})
export class CvImportModule implements OnModuleDestroy {
  constructor(private readonly pool: CvParserPool) {}

  async onModuleDestroy(): Promise<void> {
    await this.pool.close();
  }
}
