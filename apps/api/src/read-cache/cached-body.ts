import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';

const gzipAsync = promisify(gzip);

/** A rendered response body: its JSON, a validator, and (made on first demand) its gzip encoding. */
export interface CachedBody {
  json: Buffer;
  etag: string;
  gzip?: Promise<Buffer>;
}

export function cachedBody(json: string): CachedBody {
  const buffer = Buffer.from(json);
  return { json: buffer, etag: `W/"${createHash('sha256').update(buffer).digest('base64url').slice(0, 27)}"` };
}

/** What a cached body weighs in the cache, with room for its gzip encoding (JSON compresses to well under an eighth). */
export function weightOf(body: CachedBody): number {
  return body.json.length + (body.json.length >> 3) + 200;
}

/**
 * Sends `body` as the client asked: 304 when its If-None-Match still holds,
 * gzip when it accepts gzip (ranked pages are ~150 KB of JSON and ~10 KB
 * compressed), the JSON otherwise. Returns what the handler returns.
 */
export async function sendBody(request: FastifyRequest, reply: FastifyReply, body: CachedBody): Promise<Buffer | undefined> {
  void reply.header('ETag', body.etag);
  // Members' data: no shared cache may keep it, and clients revalidate (cheaply, with the ETag).
  void reply.header('Cache-Control', 'private, no-cache');
  const vary = reply.getHeader('vary');
  void reply.header('Vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
  if (matchesEtag(request.headers['if-none-match'], body.etag)) {
    void reply.status(304);
    return undefined;
  }
  const accepted = request.headers['accept-encoding'];
  if (accepted && negotiate(accepted.toLowerCase(), ['gzip', 'identity']) === 'gzip') {
    body.gzip ??= gzipAsync(body.json);
    let zipped: Buffer;
    try {
      zipped = await body.gzip;
    } catch (error) {
      body.gzip = undefined;
      throw error;
    }
    void reply.header('Content-Encoding', 'gzip');
    return zipped;
  }
  return body.json;
}

/** RFC 9110 weak comparison against a list of entity tags, or `*`. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}
