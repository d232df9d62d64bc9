import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { assertCleanInput, createValidationPipe, type Environment } from '@embauche/common';
import { ProblemResponse } from './api-problems.decorator';
import { declareProblemCodes } from './problem-document';

export const API_PREFIX = 'api/v1';

/** Everything about the HTTP surface that is not a route: prefix, headers, CORS, errors, OpenAPI. */
export async function configureHttp(app: NestFastifyApplication, env: Environment): Promise<void> {
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health/live', 'health/ready'] });
  app.useGlobalPipes(createValidationPipe());

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Swagger UI at /docs needs inline styles and scripts.
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });
  // Only the CV upload reads multipart bodies; it streams the file itself and bounds it (libs/cv CV_LIMITS).
  await app.register(multipart, { limits: { fileSize: 5 * 1024 * 1024, files: 2, fields: 10, parts: 12 } });
  const origins = env.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  app.enableCors({
    origin: origins.includes('*') ? true : origins,
    exposedHeaders: ['X-Request-Id', 'Retry-After'],
    maxAge: 600,
  });

  // Errors Fastify raises before a handler (malformed JSON, body too large) reach the global
  // ProblemDetailsFilter through the error handler Nest installs on Fastify.
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('X-Request-Id', String(request.id));
  });
  // Text is checked once, for every route and every input, before the pipes validate it (DECISIONS, Hostile input).
  fastify.addHook('preValidation', async (request) => {
    assertCleanInput({ params: request.params, query: request.query, body: request.body, headers: request.headers });
  });

  const config = new DocumentBuilder()
    .setTitle('Embauche API')
    .setDescription('Job offers from templates, candidate profiles, explainable matching. Errors are application/problem+json (RFC 9457).')
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = () => declareProblemCodes(SwaggerModule.createDocument(app, config, { extraModels: [ProblemResponse] }));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: `${API_PREFIX}/openapi.json`, useGlobalPrefix: false });
}
