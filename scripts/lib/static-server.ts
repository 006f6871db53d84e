import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

export interface Server {
  url: string;
  stop: () => Promise<void>;
  /** Every response served, in order (path under the base, status, body bytes, body bytes gzipped). */
  requests: ServedRequest[];
}

export interface ServedRequest {
  path: string;
  status: number;
  /** Bytes of the body as served (this server does not compress). */
  bytes: number;
  /** Bytes the body would take with gzip, as a static host would send it (never more than `bytes`). */
  gzip: number;
}

/**
 * Serves a built site the way a static host does, in this process: files from `outDir` under the base
 * path (directories answer with their index.html), anything else 404 with the site's 404 page when it has
 * one. A plain server rather than `astro preview`, which allows one preview per project at a time.
 */
export async function startPreview(options: { outDir?: string; base?: string; headers?: Record<string, string> } = {}): Promise<Server> {
  const dist = options.outDir ?? 'dist';
  if (!existsSync(dist)) throw new Error(`${dist}/ is missing: run npm run build first`);
  const base = options.base ?? '/';
  const serve = sirv(dist, { dev: true, etag: false, extensions: ['html'] });
  const notFound = join(dist, '404.html');
  const requests: ServedRequest[] = [];
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(options.headers ?? {})) response.setHeader(name, value);
    const url = request.url ?? '/';
    countBytes(response, url, requests);
    const respond404 = () => {
      response.statusCode = 404;
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    };
    if (!url.startsWith(base)) return respond404();
    request.url = `/${url.slice(base.length)}`;
    serve(request, response, respond404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
    requests,
  };
}

/** Records the body of a response as it is written, to report bytes fetched per page or per query. */
function countBytes(response: ServerResponse, url: string, into: ServedRequest[]): void {
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
  };
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as typeof response.write;
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    // The response goes out first and is counted after: gzipping it before sending delayed every response by
    // the compression a static host does ahead of time, and slowed what the benchmark times.
    const sent = end(chunk, ...rest);
    const body = Buffer.concat(chunks);
    into.push({ path: decodeURIComponent(url.split('?')[0] ?? url), status: response.statusCode, bytes: body.length, gzip: Math.min(body.length, gzipSync(body).length) });
    return sent;
  }) as typeof response.end;
}
