/**
 * A tiny static file server for browser tests: serves one folder under a
 * sub-path (e.g. /archive/ -> DIR) on 127.0.0.1 at a free port, the way a
 * static host would. Folders are served as their index.html, and a missing
 * file gets DIR/404.html with status 404. Nothing outside DIR is served.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

export interface StaticServer {
  /** Address of the served folder, ending in the base path: "http://127.0.0.1:PORT/archive/". */
  url: string;
  /** The server's origin: "http://127.0.0.1:PORT". */
  origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  // Pagefind's index files: binary chunks fetched and decoded by its own script.
  '.pagefind': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** Serve `dir` under `basePath` ("/archive/"). Resolves once the server listens. */
export async function start(dir: string, basePath = '/'): Promise<StaticServer> {
  const root = resolve(dir);
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

  const send = (res: ServerResponse, status: number, file: string, method: string) => {
    res.writeHead(status, { 'Content-Type': contentType(file), 'Content-Length': statSync(file).size, 'Cache-Control': 'no-store' });
    if (method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
  const notFound = (res: ServerResponse, method: string) => {
    const page = join(root, '404.html');
    if (isFile(page)) send(res, 404, page, method);
    else {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(method === 'HEAD' ? undefined : 'Not found\n');
    }
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400);
      res.end();
      return;
    }
    // The base path without its slash redirects, as static hosts do for folders.
    if (`${path}/` === base) {
      res.writeHead(301, { Location: base });
      res.end();
      return;
    }
    if (!path.startsWith(base) || path.includes('\0')) return notFound(res, method);
    const target = resolve(root, `.${sep}${path.slice(base.length)}`);
    if (target !== root && !target.startsWith(root + sep)) return notFound(res, method);
    if (isFile(target)) return send(res, 200, target, method);
    if (existsSync(target) && statSync(target).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${encodeURI(path)}/` });
        res.end();
        return;
      }
      const index = join(target, 'index.html');
      if (isFile(index)) return send(res, 200, index, method);
    }
    return notFound(res, method);
  };

  const server = createServer(handle);
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : ok()));
      }),
  };
}
