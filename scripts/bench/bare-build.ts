// Builds a bare SvelteKit page (one static route, same adapter and versions as the app) in a
// temporary folder, so the prompter's bundle size can be printed next to the framework's floor.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const FILES: Record<string, string> = {
	'package.json': JSON.stringify({ name: 'bare', private: true, type: 'module' }),
	'svelte.config.js': `import adapter from '@sveltejs/adapter-static';
export default { kit: { adapter: adapter() } };`,
	'vite.config.js': `import { sveltekit } from '@sveltejs/kit/vite';
export default { plugins: [sveltekit()], logLevel: 'error' };`,
	'src/app.html': `<!doctype html><html lang="en"><head><meta charset="utf-8" />%sveltekit.head%</head>
<body><div style="display: contents">%sveltekit.body%</div></body></html>`,
	'src/routes/+layout.ts': 'export const prerender = true;',
	'src/routes/+page.svelte':
		'<script lang="ts">let n = $state(0);</script>\n<button onclick={() => n++}>{n}</button>'
};

/** Build the bare page and return its output folder (`build/`). */
export function buildBarePage(projectRoot: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'spin-bare-'));
	for (const [path, text] of Object.entries(FILES)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	symlinkSync(resolve(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
	execFileSync(process.execPath, [resolve(projectRoot, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: dir,
		stdio: 'ignore'
	});
	return join(dir, 'build');
}
