import { createServer, type Server } from 'node:http';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { pingRedis, REDIS } from '@embauche/queues';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';

/** /health/live and /health/ready (Postgres and Redis answer) for the worker's orchestrator. */
@Injectable()
export class HealthServer implements OnApplicationShutdown {
  private server?: Server;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  listen(port: number): Promise<void> {
    this.server = createServer((req, res) => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      };
      if (req.url === '/health/live') return send(200, { status: 'ok' });
      if (req.url !== '/health/ready') return send(404, { status: 404, title: 'Not Found' });
      void this.check().then((checks) => {
        const down = Object.keys(checks).filter((name) => checks[name] !== 'up');
        send(down.length ? 503 : 200, down.length ? { status: 'error', detail: `Not ready: ${down.join(', ')} down`, checks } : { status: 'ok', checks });
      });
    });
    return new Promise((resolve) => this.server!.listen(port, resolve));
  }

  private async check(): Promise<Record<string, string>> {
    const [postgres, redis] = await Promise.allSettled([this.dataSource.query('SELECT 1'), pingRedis(this.redis, 1000)]);
    return { postgres: postgres.status === 'fulfilled' ? 'up' : 'down', redis: redis.status === 'fulfilled' ? 'up' : 'down' };
  }

  onApplicationShutdown(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
