// Browser benchmarks in real Chromium against the built app (`npm run build` first):
// bundle size of the prompter route next to a bare SvelteKit page, cold and warm load, home to
// prompter, keypress to update on the prompter, and the store in IndexedDB. Prints tables.
import { build as esbuild } from 'esbuild';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../../tests/chromium';
import { buildBarePage } from './bare-build';
import { serveStatic } from './serve';

const ROOT = resolve(import.meta.dirname, '../..');
const ms = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/** Gzipped bytes of every JS and CSS file a page loads, by kind. */
async function shippedBytes(browser: Browser, url: string) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const bytes = { js: 0, css: 0 };
	page.on('response', async (response) => {
		const kind = /\.js(\?|$)/.test(response.url())
			? 'js'
			: /\.css(\?|$)/.test(response.url())
				? 'css'
				: null;
		if (!kind) return;
		bytes[kind] += gzipSync(await response.body()).length;
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await context.close();
	return bytes;
}

/** Time from navigation start until the home page lists a playbook with a working link. */
async function homeInteractive(page: Page): Promise<number> {
	await page.locator('a[href*="mode=live"]').first().waitFor();
	return page.evaluate(() => performance.now());
}

async function loadTimes(browser: Browser, base: string) {
	const cold: number[] = [];
	const warm: number[] = [];
	const toPrompter: number[] = [];
	for (let run = 0; run < 5; run++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(base + '/');
		cold.push(await homeInteractive(page));
		await page.evaluate(() => navigator.serviceWorker?.ready);
		await page.reload();
		await page.goto(base + '/');
		warm.push(await homeInteractive(page));
		const start = Date.now();
		await page.locator('a[href*="mode=live"]').first().click();
		await page
			.locator('input[name="objective"], #objective, textarea')
			.first()
			.fill('Agree a demo');
		await page.locator('form button[type="submit"]').click();
		await page.locator('.prompter').waitFor();
		toPrompter.push(Date.now() - start);
		await context.close();
	}
	return { cold: median(cold), warm: median(warm), toPrompter: median(toPrompter) };
}

/** Key presses on the prompter: processing until the DOM changed, and input-to-paint per Event Timing. */
async function keypressLatency(browser: Browser, base: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(base + '/');
	await page.locator('a[href*="mode=live"]').first().click();
	await page.locator('input[name="objective"], #objective, textarea').first().fill('Bench');
	await page.locator('form button[type="submit"]').click();
	await page.locator('.prompter').waitFor();
	await page.keyboard.press(']');
	await page.evaluate(() => {
		const w = window as unknown as { __lat: number[]; __slow: number; __pending: number | null };
		w.__lat = [];
		w.__slow = 0;
		w.__pending = null;
		new MutationObserver(() => {
			if (w.__pending === null) return;
			w.__lat.push(performance.now() - w.__pending);
			w.__pending = null;
		}).observe(document.body, {
			subtree: true,
			childList: true,
			characterData: true,
			attributes: true
		});
		addEventListener('keydown', (e) => (w.__pending = e.timeStamp), { capture: true });
		// Event Timing reports only inputs whose next paint came 16 ms or more after the key.
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) if (entry.name === 'keydown') w.__slow++;
		}).observe({
			type: 'event',
			durationThreshold: 16,
			buffered: false
		} as PerformanceObserverInit);
	});
	const keys = ['s', 'ArrowDown', 'p', 'ArrowDown', 'i', 'ArrowUp', 'n', 'ArrowDown'];
	const presses = 200;
	for (let i = 0; i < presses; i++) {
		await page.keyboard.press(keys[i % keys.length]);
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
	}
	const { lat, slow } = await page.evaluate(() => {
		const w = window as unknown as { __lat: number[]; __slow: number };
		return { lat: w.__lat, slow: w.__slow };
	});
	await context.close();
	const sorted = [...lat].sort((a, b) => a - b);
	return {
		presses,
		updated: lat.length,
		p95: sorted[Math.floor(sorted.length * 0.95)] ?? NaN,
		slowShare: slow / presses
	};
}

async function storeBench(browser: Browser, base: string) {
	const bundle = await esbuild({
		entryPoints: [join(ROOT, 'scripts/bench/store-entry.ts')],
		bundle: true,
		format: 'iife',
		write: false,
		loader: { '.md': 'text' },
		plugins: [
			{
				name: 'sveltekit-lib-alias',
				setup(b) {
					b.onResolve({ filter: /^\$lib\// }, (args) => ({
						path: resolve(
							ROOT,
							'src/lib',
							args.path.slice(5) + (args.path.endsWith('.js') ? '' : '.ts')
						)
					}));
				}
			}
		]
	});
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(base + '/robots.txt');
	await page.addScriptTag({ content: bundle.outputFiles[0].text });
	const result = await page.evaluate(() =>
		(
			window as unknown as {
				runStoreBench: () => Promise<Record<string, { p50: number; p95: number }>>;
			}
		).runStoreBench()
	);
	await context.close();
	return result;
}

async function main() {
	// A copy, so a concurrent `vite build` (e.g. an e2e run) cannot swap files mid-measurement.
	const served = mkdtempSync(join(tmpdir(), 'spin-build-'));
	cpSync(join(ROOT, 'build'), served, { recursive: true });
	const app = await serveStatic(served);
	const bare = await serveStatic(buildBarePage(ROOT));
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		const prompter = await shippedBytes(browser, app.url + '/call/?id=bench');
		const barePage = await shippedBytes(browser, bare.url + '/');
		console.log('\nShipped to the browser (gzip)');
		console.table({
			'prompter route': { js: kb(prompter.js), css: kb(prompter.css), target: '< 120 KB JS' },
			'bare SvelteKit page': { js: kb(barePage.js), css: kb(barePage.css), target: '' },
			ratio: { js: `${(prompter.js / barePage.js).toFixed(2)}x`, css: '', target: '' }
		});

		const load = await loadTimes(browser, app.url);
		console.log('\nLoad (median of 5, headless Chromium)');
		console.table({
			'cold: home interactive': { time: ms(load.cold), target: '< 1000 ms' },
			'warm (service worker): home interactive': { time: ms(load.warm), target: '< 300 ms' },
			'home → prompter interactive (via planning)': { time: ms(load.toPrompter), target: '' }
		});

		const keys = await keypressLatency(browser, app.url);
		console.log('\nPrompter key presses');
		console.table({
			'keydown → DOM updated, p95': { value: ms(keys.p95), target: '< 16 ms' },
			'presses whose next paint took ≥ 16 ms (Event Timing)': {
				value: `${(keys.slowShare * 100).toFixed(1)}% of ${keys.presses}`,
				target: '< 5% (p95 under 16 ms)'
			}
		});

		const store = await storeBench(browser, app.url);
		console.log('\nStore in IndexedDB (real Chromium)');
		console.table({
			'append one event (SessionWriter)': {
				p50: ms(store.append.p50),
				p95: ms(store.append.p95),
				target: 'p95 < 20 ms'
			},
			'bare IndexedDB put': { p50: ms(store.bare.p50), p95: ms(store.bare.p95), target: '' },
			'ratio (p95)': {
				p50: '',
				p95: `${(store.append.p95 / store.bare.p95).toFixed(2)}x`,
				target: '≤ 1.5x'
			},
			'history: first 50 of 10,000 sessions': {
				p50: ms(store.history.p50),
				p95: ms(store.history.p95),
				target: '< 50 ms'
			},
			'open + replay a 5,000-event session': {
				p50: ms(store.replay.p50),
				p95: ms(store.replay.p95),
				target: '< 200 ms'
			}
		});
	} finally {
		await browser.close();
		app.close();
		bare.close();
	}
}

await main();
