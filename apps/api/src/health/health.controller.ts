import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { CommonErrorCode, ServiceUnavailableError } from '@embauche/common';
import { pingRedis, REDIS } from '@embauche/queues';
import type { Redis } from 'ioredis';
import { Public } from '../auth/actor.decorators';
import { ReadCache } from '../read-cache/read-cache';

@ApiTags('health')
@Public()
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly cache: ReadCache,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is up (no dependency checked)' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Postgres and Redis answer; 503 otherwise. Also tells whether the read cache is in use (it never fails readiness: without it, reads go to Postgres).' })
  async ready() {
    try {
      return await this.checks();
    } catch (error) {
      // Terminus's own 503 says nothing a probe or a person can read: name what is down.
      const down = Object.keys((error as { getResponse?: () => { error?: object } }).getResponse?.().error ?? {});
      if (down.length === 0) throw error;
      throw new ServiceUnavailableError(CommonErrorCode.NotReady, `Not ready: ${down.join(', ')} down`, 2, { cause: error });
    }
  }

  private checks() {
    return this.health.check([
      () => this.db.pingCheck('postgres', { timeout: 1000 }),
      async () => {
        const indicator = this.indicators.check('redis');
        try {
          await pingRedis(this.redis, 1000);
          return indicator.up();
        } catch (error) {
          return indicator.down({ message: (error as Error).message });
        }
      },
      () => this.indicators.check('readCache').up({ enabled: this.cache.enabled, live: this.cache.live }),
    ]);
  }
}
