/**
 * Serve a built site over HTTP for browser tests (Pagefind does not work
 * from file://), optionally under a sub-path, like a static CDN would.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface Served {
  /** Origin plus base, ending in `/`. */
  url: string;
  close: () => Promise<void>;
}

export async function serve(dir: string, base = '/'): Promise<Served> {
  const handler = sirv(dir, { dev: false, etag: false, single: false });
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) {
      response.statusCode = 404;
      response.end('not under base');
      return;
    }
    request.url = `/${url.slice(base.length)}`;
    handler(request, response, () => {
      response.statusCode = 404;
      response.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
