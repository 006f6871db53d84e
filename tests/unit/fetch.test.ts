import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchJson, fetchText } from '../../src/lib/fetch.ts';

// A real HTTP server: a JSON file, a text file, and a 404 with an HTML body a host might send.
let server: Server;
let root = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/part.json') response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"a":1}');
    else if (request.url === '/chart.svg') response.writeHead(200, { 'Content-Type': 'image/svg+xml' }).end('<svg/>');
    else response.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('fetching the site’s own files', () => {
  it('reads JSON and text, and fails on a status that is not OK, naming the address', async () => {
    await expect(fetchJson(`${root}/part.json`)).resolves.toEqual({ a: 1 });
    await expect(fetchText(`${root}/chart.svg`)).resolves.toBe('<svg/>');
    await expect(fetchJson(`${root}/missing.json`)).rejects.toThrow(`${root}/missing.json: HTTP 404`);
    await expect(fetchText(`${root}/missing.svg`)).rejects.toThrow('HTTP 404');
  });
});
