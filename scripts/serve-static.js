#!/usr/bin/env node
// A plain static file server, as any static host would serve `build/`: the file, else `<path>.html`,
// else `<path>/index.html`, else the app shell `404.html` with status 404. Text is sent gzipped to
// browsers that accept it, and the hashed files under `_app/immutable/` are cached for a year
// (their names change with their content), so the service worker's install reads the files the
// page already loaded from the browser's cache instead of downloading them twice. The update test uses it
// with `--next DIR`: a POST to /__deploy-next then serves DIR, as if a new version were deployed.
//
//   node scripts/serve-static.js [--root build] [--port 4174] [--next build-next]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = Object.fromEntries(
	process.argv
		.slice(2)
		.flatMap((arg, i, all) => (arg.startsWith('--') ? [[arg.slice(2), all[i + 1]]] : []))
);
const port = Number(args.port ?? 4174);
let root = args.root ?? 'build';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json'
};

function resolveFile(pathname) {
	const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const candidates = [safe, `${safe}.html`, join(safe, 'index.html')];
	for (const candidate of candidates) {
		const file = join(root, candidate);
		if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) return file;
	}
	return undefined;
}

createServer((request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	if (request.method === 'POST' && args.next && url.pathname === '/__deploy-next') {
		root = args.next;
		return response.writeHead(204).end();
	}
	if (request.method === 'POST' && url.pathname === '/__deploy-first') {
		root = args.root ?? 'build';
		return response.writeHead(204).end();
	}
	const file = resolveFile(url.pathname);
	const status = file ? 200 : 404;
	const served = file ?? join(root, '404.html');
	const type = TYPES[extname(served)] ?? 'application/octet-stream';
	const body = readFileSync(served);
	const gzip =
		/gzip/.test(request.headers['accept-encoding'] ?? '') && !type.startsWith('image/png');
	response.writeHead(status, {
		'content-type': type,
		'cache-control':
			file && url.pathname.includes('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache',
		vary: 'accept-encoding',
		...(gzip ? { 'content-encoding': 'gzip' } : {})
	});
	response.end(gzip ? gzipSync(body) : body);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} on http://127.0.0.1:${port}`));
