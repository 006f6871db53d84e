import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export interface Server {
  url: string;
  stop: () => Promise<void>;
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
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(options.headers ?? {})) response.setHeader(name, value);
    const url = request.url ?? '/';
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
  };
}

