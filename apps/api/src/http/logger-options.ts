import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Environment } from '@embauche/common';
import type { Params } from 'nestjs-pino';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Honour a caller's X-Request-Id when it is sane, otherwise mint one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  req.headers['x-request-id'] = id;
  return id;
}

/** Structured JSON logs, one line per request, with its id; never the Authorization header or passwords. */
export function loggerOptions(env: Environment): Params {
  return {
    pinoHttp: {
      level: env.LOG_LEVEL,
      genReqId: (req) => requestIdOf(req),
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.body.password'],
      // Probes are not logged. originalUrl: for a path-mounted middleware, Fastify's middie strips the mount path from req.url.
      autoLogging: { ignore: (req) => ((req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '').startsWith('/health') },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    },
  };
}
