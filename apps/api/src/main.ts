import 'reflect-metadata';
import type { IncomingMessage } from 'node:http';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { clientErrorHandler, closeOnSignals, frameworkErrors, loadEnvironmentOrExit } from '@embauche/common';
import { apiModule } from './app.module';
import { configureHttp } from './http/configure-http';
import { requestIdOf } from './http/logger-options';
import { serveWebApp } from './web/web-app';

/** Fastify's trustProxy from TRUST_PROXY: nothing by default, a hop count, or the proxies' addresses. */
function trustProxyOption(value: string): boolean | string | ((address: string, hop: number) => boolean) {
  const trimmed = value.trim();
  if (trimmed === '') return false;
  if (/^\d+$/.test(trimmed)) {
    const hops = Number(trimmed);
    return (_address, hop) => hop < hops;
  }
  return trimmed.replace(/\s+/g, '');
}

async function bootstrap(): Promise<void> {
  const env = loadEnvironmentOrExit('api');
  const adapter = new FastifyAdapter({
    bodyLimit: env.BODY_LIMIT_BYTES,
    genReqId: (req: IncomingMessage) => requestIdOf(req),
    trustProxy: trustProxyOption(env.TRUST_PROXY),
    // Errors the router and Node's parser answer before any hook: problem+json like the rest.
    frameworkErrors,
    clientErrorHandler,
  });
  const app = await NestFactory.create<NestFastifyApplication>(apiModule(env), adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await configureHttp(app, env);
  await serveWebApp(app);
  closeOnSignals(app, app.get(Logger));
  await app.listen(env.PORT, env.HOST);
  const base = `http://localhost:${env.PORT}`;
  new NestLogger('Bootstrap').log(`Web app on ${base}/ · API on ${base}/api/v1 (docs: ${base}/docs)`);
}

void bootstrap();
