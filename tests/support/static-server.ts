/**
 * Serve a built site over HTTP for browser tests (Pagefind does not work
 * from file://), optionally under a sub-path, like a static CDN would: with
 * an ETag and `Cache-Control: public,max-age=0,must-revalidate`, so that the
 * browser asks again for a file it already has and gets a 304 without the
 * body, as on hosts that revalidate every file. (Without them the browser
 * guessed how long to keep a file from its age, so what a page downloaded
 * twice depended on how long ago the site was built.)
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface Served {
  /** Origin plus base, ending in `/`. */
  url: string;
  /** Every request answered, in the order the answers finished (not the order asked): its path as asked (query included) and the status sent (304: no body). */
  answered: Array<{ url: string; status: number }>;
  close: () => Promise<void>;
}

export async function serve(dir: string, base = '/'): Promise<Served> {
  const handler = sirv(dir, { dev: false, etag: true, maxAge: 0, single: false });
  const answered: Served['answered'] = [];
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    response.on('finish', () => answered.push({ url, status: response.statusCode }));
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
    answered,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
