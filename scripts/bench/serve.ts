// A minimal static file server for benchmarks: serves a build folder on loopback, with the
// adapter's fallback page for unknown paths, as a static host would.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain',
	'.webmanifest': 'application/manifest+json'
};

/** Serve `root` on an ephemeral loopback port; resolves with the base URL and a close function. */
export async function serveStatic(root: string): Promise<{ url: string; close: () => void }> {
	const fallback = ['404.html', 'index.html'].map((f) => join(root, f)).find(existsSync);
	const server: Server = createServer((req, res) => {
		const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]));
		let file = join(root, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file) && existsSync(file + '.html')) file += '.html';
		const found = existsSync(file) && file.startsWith(root);
		const served = found ? file : fallback;
		if (!served) {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(found ? 200 : 404, {
			'content-type': TYPES[extname(served)] ?? 'application/octet-stream',
			// What static hosts send for SvelteKit's hashed files (and what SvelteKit's docs ask
			// for): the browser keeps them, so a page's code is fetched once, as in real use.
			...(found && path.startsWith('/_app/immutable/')
				? { 'cache-control': 'public, max-age=31536000, immutable' }
				: {})
		});
		res.end(readFileSync(served));
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}
