import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { NotFoundError, sendProblem } from '@embauche/common';
import { JobBoardService } from '@embauche/job-postings';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { inlineScriptHashes, metaDescription, withJobHead, withNotFoundHead } from './index-html';

/** Where `npm run build` puts the web app (vite's outDir), from the built main.js or the sources. */
export const WEB_DIST = path.resolve(process.env.EMBAUCHE_ROOT ?? path.resolve(__dirname, '../../../../../../..'), 'dist/web');

/** Paths the web app never answers: they keep their API, health and docs behaviour (and problem+json 404s). */
const SERVER_PATHS = /^\/(api|health|docs)(\/|$)/;
/** Fastify's default maxParamLength: past it the API's routes do not match, and this catch-all would. */
const MAX_PARAM_LENGTH = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Serves the built web app on the API's origin: hashed assets with a year of cache, index.html
 * (never cached) for `/` and every client route, and job pages (`/jobs/:id`) with their title,
 * description, canonical link and JobPosting JSON-LD already in the HTML, or a 404 page.
 */
export async function serveWebApp(app: NestFastifyApplication): Promise<void> {
  const indexFile = path.join(WEB_DIST, 'index.html');
  if (!existsSync(indexFile)) {
    new Logger('WebApp').warn(`No web app at ${WEB_DIST}: run npm run build to serve it on /`);
    return;
  }
  const logger = new Logger('WebApp');
  const indexHtml = readFileSync(indexFile, 'utf8');
  const csp = contentSecurityPolicy(inlineScriptHashes(indexHtml));
  const board = app.get(JobBoardService, { strict: false });
  const fastify = app.getHttpAdapter().getInstance();

  await app.register(fastifyStatic, {
    root: path.join(WEB_DIST, 'assets'),
    prefix: '/assets/',
    decorateReply: false,
    index: false,
    // File names carry a content hash: a new build is a new URL, so these never change.
    immutable: true,
    maxAge: '365d',
    setHeaders: (res) => void res.header('Content-Security-Policy', csp),
  });

  const page = (reply: FastifyReply, status: number, html: string) =>
    reply.status(status).header('Content-Type', 'text/html; charset=utf-8').header('Cache-Control', 'no-cache').header('Content-Security-Policy', csp).send(html);

  fastify.get('/jobs/:id', async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
    const { id } = request.params;
    // Unknown and closed postings are a 404 page; any other failure stays an error.
    const posting = UUID.test(id) ? await board.get(id).catch((error: unknown) => (error instanceof NotFoundError ? undefined : Promise.reject(error))) : undefined;
    if (!posting) return page(reply, 404, withNotFoundHead(indexHtml));
    const canonicalUrl = `${request.protocol}://${request.host}/jobs/${posting.id}`;
    const jsonLd = await board.schemaOrg(posting.id, canonicalUrl);
    return page(reply, 200, withJobHead(indexHtml, { title: `${posting.title} · ${posting.city} · Embauche`, description: metaDescription(posting.description), canonicalUrl, language: posting.language, jsonLd }));
  });

  // Every other GET is a client route (SPA fallback), except the server's own paths and missing files.
  fastify.get('/*', async (request, reply) => {
    const url = request.url.split('?')[0];
    if (SERVER_PATHS.test(url)) {
      // Without this catch-all Fastify answers such a path 414; keep that answer for the API's paths.
      if (url.split('/').some((segment) => segment.length > MAX_PARAM_LENGTH)) {
        const tooLong = Object.assign(new Error('path parameter too long'), { statusCode: 414, code: 'FST_ERR_MAX_PARAM_LENGTH' });
        return sendProblem(reply, request, tooLong, logger);
      }
      return reply.callNotFound();
    }
    if (/\.[a-z0-9]+$/i.test(url)) return page(reply, 404, withNotFoundHead(indexHtml));
    return page(reply, 200, indexHtml);
  });
  fastify.get('/', async (_request, reply) => page(reply, 200, indexHtml));
}

/** The web routes' policy: scripts from this origin only (no 'unsafe-inline'); /docs keeps Swagger's own. */
export function contentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((h) => ` ${h}`).join('')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
