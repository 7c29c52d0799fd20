// A small static file server for dist/, used by `npm start`, the browser tests and the benchmark.
// It serves the build under BASE_PATH (default "/") on 127.0.0.1, with the built 404 page, and
// compresses text with gzip when the browser accepts it, as static hosts do.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** The types sent compressed: text (Pagefind's index files are compressed already). */
const COMPRESSED = /^(?:text\/|application\/(?:json|xml|manifest\+json|wasm)|image\/svg)/;

/**
 * Each file's gzip, made once per version of the file (its time and size), as a host keeps it:
 * the browser tests load the same few files hundreds of times.
 * @type {Map<string, { version: string, gzipped: Promise<Buffer> }>}
 */
const gzipped = new Map();

/** @param {string} file @param {import('node:fs').Stats} info @param {Buffer} body */
function gzipOf(file, info, body) {
  const version = `${info.mtimeMs}:${info.size}`;
  const kept = gzipped.get(file);
  if (kept?.version === version) return kept.gzipped;
  const made = gzipAsync(body);
  gzipped.set(file, { version, gzipped: made });
  return made;
}

/**
 * Start serving `root` under `base`. Resolves to the server and its origin URL.
 * @param {{ root?: string, base?: string, port?: number, host?: string }} [options]
 */
export async function serve({ root = 'dist', base = process.env.BASE_PATH || '/', port = 0, host = '127.0.0.1' } = {}) {
  const dir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return notFound(res); // a damaged escape such as "/%E0%A4%A" names no file
    }
    if (!path.startsWith(prefix)) {
      if (`${path}/` === prefix) return redirect(res, prefix);
      return notFound(res);
    }
    path = path.slice(prefix.length);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return notFound(res);
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        if (!url.pathname.endsWith('/')) return redirect(res, `${url.pathname}/${url.search}`);
        file = join(file, 'index.html');
        info = await stat(file);
      }
      const body = await readFile(file);
      const type = types[extname(file)] ?? 'application/octet-stream';
      const compress = COMPRESSED.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
        ...(compress ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(compress ? await gzipOf(file, info, body) : body);
    } catch {
      notFound(res);
    }
  });
  async function notFound(res) {
    const page = await readFile(join(dir, '404.html')).catch(() => Buffer.from('Not found'));
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  }
  function redirect(res, location) {
    res.writeHead(301, { location });
    res.end();
  }
  await new Promise((ok) => server.listen(port, host, ok));
  const address = server.address();
  const origin = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  return { server, origin, url: origin + prefix };
}

/**
 * Whether something already listens on `port` at `host` (checked by trying to listen there).
 * @param {number} port
 * @param {string} host
 * @returns {Promise<boolean>}
 */
export function portInUse(port, host = '127.0.0.1') {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', (error) =>
      /** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE' ? ok(true) : fail(error),
    );
    probe.listen(port, host, () => probe.close(() => ok(false)));
  });
}

/** The one line `npm start` prints when its port is taken. @param {number} port */
export function portBusyMessage(port) {
  return `Port ${port} on 127.0.0.1 is already in use (is the site already running?). Stop what uses it, or choose another port: PORT=${port + 1} npm start`;
}

// `node serve.mjs` serves dist/ on PORT (default 4321); `--check-port` only checks that PORT is
// free, so that `npm start` stops with one line before a full build rather than with a stack trace after it.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const raw = process.env.PORT || '4321';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`PORT must be a whole number from 1 to 65535; it is “${raw}”.`);
    process.exit(1);
  }
  if (await portInUse(port)) {
    console.error(portBusyMessage(port));
    process.exit(1);
  }
  if (!process.argv.includes('--check-port')) {
    const { url } = await serve({ port });
    console.log(`Serving dist/ at ${url}  (Ctrl+C to stop)`);
  }
}
