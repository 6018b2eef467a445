// Browser benchmarks in real Chromium against the built app (`npm run build` first):
// bundle size of the prompter route next to a bare SvelteKit page, cold and warm load, home to
// prompter, keypress to update on the prompter, the store in IndexedDB, and home interactive on a
// phone profile (CPU throttled 4x through the DevTools protocol, cold). Prints tables.
import { build as esbuild } from 'esbuild';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../../tests/chromium';
import { buildBarePage } from './bare-build';
import { shippedByCall, startCallFromHome, total } from './live-call';
import { serveStatic } from './serve';
import { studioTable } from './studio';

const ROOT = resolve(import.meta.dirname, '../..');
const ms = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/** A table row: the median of `values`, with its target if it has one. */
const timed = (values: number[], target = '') => ({ time: ms(median(values)), target });

/** Gzipped bytes of every JS and CSS file a page loads, by kind (fresh context, no cache). */
async function shippedBytes(browser: Browser, url: string) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const reads: Promise<{ kind: 'js' | 'css'; size: number }>[] = [];
	page.on('response', (response) => {
		const path = new URL(response.url()).pathname;
		const kind = path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : null;
		if (kind) reads.push(response.body().then((body) => ({ kind, size: gzipSync(body).length })));
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const bytes = { js: 0, css: 0 };
	for (const { kind, size } of await Promise.all(reads)) bytes[kind] += size;
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
		await startCallFromHome(page, 'live');
		toPrompter.push(Date.now() - start);
		await context.close();
	}
	return { cold: median(cold), warm: median(warm), toPrompter: median(toPrompter) };
}

/**
 * Key presses on the prompter: keydown until the DOM changed, and keydown until the frame that
 * shows it was painted (a message posted from the next animation frame runs after that paint).
 * The browser runs with an unlimited frame rate, so the number is the app's cost to paint the
 * update, not the wait for a display's next vsync.
 */
async function keypressLatency(base: string) {
	const options = chromiumLaunchOptions();
	const browser = await chromium.launch({
		...options,
		args: [...options.args, '--disable-frame-rate-limit', '--disable-gpu-vsync']
	});
	try {
		// The floor: the same keys and probes on a page whose handler only bumps a number.
		const bare = await browser.newPage();
		await bare.setContent(
			'<p id="out">0</p><script>addEventListener("keydown", () => out.textContent++)</script>'
		);
		const floor = await measureKeys(bare);
		const page = await browser.newPage();
		await page.goto(base + '/');
		await page.locator('a[href*="mode=live"]').first().click();
		await page.locator('input[name="objective"], #objective, textarea').first().fill('Bench');
		await page.locator('form button[type="submit"]').click();
		await page.locator('.prompter').waitFor();
		await page.keyboard.press(']');
		return { prompter: await measureKeys(page), floor };
	} finally {
		await browser.close();
	}
}

/** Presses 200 keys on `page`; p95 from keydown to DOM change and to the painted frame. */
async function measureKeys(page: Page) {
	await page.evaluate(() => {
		const w = window as unknown as { __dom: number[]; __paint: number[]; __pending: number | null };
		w.__dom = [];
		w.__paint = [];
		w.__pending = null;
		new MutationObserver(() => {
			if (w.__pending === null) return;
			w.__dom.push(performance.now() - w.__pending);
			w.__pending = null;
		}).observe(document.body, {
			subtree: true,
			childList: true,
			characterData: true,
			attributes: true
		});
		addEventListener(
			'keydown',
			(e) => {
				const start = e.timeStamp;
				w.__pending = start;
				requestAnimationFrame(() => {
					const channel = new MessageChannel();
					channel.port1.onmessage = () => w.__paint.push(performance.now() - start);
					channel.port2.postMessage(0);
				});
			},
			{ capture: true }
		);
	});
	const keys = ['s', 'ArrowDown', 'p', 'ArrowDown', 'i', 'ArrowUp', 'n', 'ArrowDown'];
	const presses = 200;
	for (let i = 0; i < presses; i++) {
		await page.keyboard.press(keys[i % keys.length]);
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
	}
	const samples = await page.evaluate(() => {
		const w = window as unknown as { __dom: number[]; __paint: number[] };
		return { dom: w.__dom, paint: w.__paint };
	});
	const p95 = (values: number[]) =>
		[...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];
	return { presses, updated: samples.dom.length, dom: p95(samples.dom), paint: p95(samples.paint) };
}

interface Stat {
	p50: number;
	p95: number;
}
type StoreResult = Record<'append' | 'bare' | 'history', Stat> & {
	long: Record<'total' | 'load' | 'replay', Stat>;
};

/** One of the in-browser entries (`scripts/bench/*-entry.ts`) bundled as a script. */
async function bundleEntry(file: string): Promise<string> {
	const bundle = await esbuild({
		entryPoints: [join(ROOT, 'scripts/bench', file)],
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
	return bundle.outputFiles[0].text;
}

async function storeBench(browser: Browser, base: string) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(base + '/robots.txt');
	await page.addScriptTag({ content: await bundleEntry('store-entry.ts') });
	const result = await page.evaluate(() =>
		(
			window as unknown as {
				runStoreBench: () => Promise<StoreResult>;
			}
		).runStoreBench()
	);
	await context.close();
	return result;
}

// The probes below run in the page as source text: tsx would wrap named functions in a helper
// (`__name`) that does not exist there.

/** Milliseconds from navigation start until `selector` matches at least `count` elements. */
async function timeToSelector(page: Page, url: string, selector: string, count = 1) {
	await page.goto(url, { waitUntil: 'commit' });
	return page.evaluate<number>(`new Promise((resolve) => {
		const sel = ${JSON.stringify(selector)};
		const ready = () => document.querySelectorAll(sel).length >= ${count};
		if (ready()) return resolve(performance.now());
		new MutationObserver((_, observer) => {
			if (!ready()) return;
			observer.disconnect();
			resolve(performance.now());
		}).observe(document, { subtree: true, childList: true });
	})`);
}

/** Milliseconds from a click on an in-app link until every selector matches and is painted. */
async function timeInAppNavigation(page: Page, href: string, selectors: string[]) {
	return page.evaluate<number>(`new Promise((resolve) => {
		const sels = ${JSON.stringify(selectors)};
		const link = Object.assign(document.createElement('a'), { href: ${JSON.stringify(href)} });
		document.body.append(link);
		const start = performance.now();
		new MutationObserver((_, observer) => {
			if (!sels.every((sel) => document.querySelector(sel))) return;
			observer.disconnect();
			// Until the frame that shows it has been painted.
			requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
		}).observe(document, { subtree: true, childList: true });
		link.click();
	})`);
}

/**
 * Waits until the page has settled as it would while a rep reads it before tapping: no resource
 * fetched for 300 ms and an idle period since. That is when the app has preloaded the other
 * screens' code (src/lib/shell/preload-screens.ts); the "before its code is preloaded" rows time
 * the same tap right after the page appears.
 */
async function settle(page: Page) {
	await page.evaluate(`new Promise((resolve) => {
		let seen = -1;
		const check = () => {
			const count = performance.getEntriesByType('resource').length;
			if (count === seen) return requestIdleCallback(() => resolve(), { timeout: 2000 });
			seen = count;
			setTimeout(check, 300);
		};
		check();
	})`);
}

/** Rows on the history's first page (`PAGE` in src/routes/sessions/+page.svelte). */
const HISTORY_FIRST = 20;

/** Throws unless the first page's last row ends below the viewport: the first screen is full. */
async function assertScreenFilled(page: Page) {
	const { bottom, height } = await page.evaluate<{ bottom: number; height: number }>(`({
		bottom: document
			.querySelector('[data-session]:nth-of-type(${HISTORY_FIRST})')
			?.getBoundingClientRect().bottom ?? 0,
		height: window.innerHeight
	})`);
	if (bottom <= height) {
		throw new Error(`history: ${HISTORY_FIRST} rows end at ${bottom}px, above the fold ${height}`);
	}
}

async function reviewTable(browser: Browser, base: string) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(base + '/robots.txt');
	const entry = await bundleEntry('review-entry.ts');
	await page.addScriptTag({ content: entry });
	await page.evaluate(() =>
		(window as unknown as { seedReviewBench: () => Promise<unknown> }).seedReviewBench()
	);
	const bare = await serveStatic(buildBarePage(ROOT));
	const history: number[] = [];
	const historyCold: number[] = [];
	const historyLoad: number[] = [];
	const barePage: number[] = [];
	const long: number[] = [];
	const longCold: number[] = [];
	const longUnpacked: number[] = [];
	const short: number[] = [];
	try {
		for (let run = 0; run < 5; run++) {
			// As a rep gets there: from the app's home, through an in-app link.
			// The first screen is the first page the app reads (HISTORY_FIRST rows, a tall screen's
			// worth), all of it; that those rows really overflow the viewport is checked below, so
			// the time is for a filled screen and not for a part of one.
			const firstScreen = [`[data-session]:nth-of-type(${HISTORY_FIRST})`];
			for (const [out, settled] of [
				[historyCold, false],
				[history, true]
			] as const) {
				await page.goto(base + '/');
				await page.locator('h1').first().waitFor();
				if (settled) await settle(page);
				out.push(await timeInAppNavigation(page, '/sessions/', firstScreen));
				await assertScreenFilled(page);
			}
			historyLoad.push(
				await timeToSelector(page, base + '/sessions/', '[data-session]', HISTORY_FIRST)
			);
			barePage.push(await timeToSelector(page, bare.url + '/', 'button'));
		}
		for (let run = 0; run < 5; run++) {
			for (const [id, out, settled] of [
				['long', longUnpacked, true],
				['long', longCold, false],
				['long', long, true],
				['short', short, true]
			] as const) {
				if (out === longUnpacked) {
					// Outside the app's pages, whose policy runs no inline script.
					await page.goto(base + '/robots.txt');
					await page.addScriptTag({ content: entry });
					await page.evaluate(() =>
						(window as unknown as { unpackReviewBench: () => Promise<void> }).unpackReviewBench()
					);
				}
				await page.goto(base + '/sessions/');
				await page.locator('[data-session]').first().waitFor();
				if (settled) await settle(page);
				out.push(
					await timeInAppNavigation(page, `/session/?id=${id}`, [
						'.timeline circle.mark',
						'#report [data-score]'
					])
				);
			}
		}
	} finally {
		bare.close();
		await context.close();
	}
	console.log('\nReview screens (median of 5, headless Chromium)');
	console.table({
		[`history: first screen (${HISTORY_FIRST} of 10,000 calls, past the fold) painted, in-app link from home`]:
			timed(history, '< 100 ms'),
		'history: the same, tapped before its code is preloaded': timed(historyCold),
		'history: the same as a full page load, from navigation start': timed(historyLoad),
		'bare SvelteKit page: rendered from navigation': timed(barePage),
		"open a 5,000-event call's review (timeline + report painted)": timed(long, '< 200 ms'),
		"the same, the call's first review (its log read row by row, then packed)": timed(longUnpacked),
		"open a 5,000-event call's review, tapped before its code is preloaded": timed(longCold),
		"open a 15-event call's review (same page, baseline)": timed(short)
	});
}

async function healthTable(browser: Browser, base: string) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(base + '/robots.txt');
	await page.addScriptTag({ content: await bundleEntry('health-entry.ts') });
	const ids = await page.evaluate(() =>
		(
			window as unknown as { seedHealthBench: () => Promise<{ full: string; bare: string }> }
		).seedHealthBench()
	);
	const bare = await serveStatic(buildBarePage(ROOT));
	const full: number[] = [];
	const fullCold: number[] = [];
	const empty: number[] = [];
	const barePage: number[] = [];
	// Rendered: the five signal cards with their charts and the ten competitor links.
	const ready = ['[data-signal] svg', '[data-testid=account-competitors] li.card'];
	try {
		for (let run = 0; run < 5; run++) {
			// As a rep gets there: from the accounts overview, through an in-app link.
			for (const [id, out, settled] of [
				[ids.full, fullCold, false],
				[ids.full, full, true],
				[ids.bare, empty, true]
			] as const) {
				await page.goto(base + '/accounts/');
				await page.locator('h1').first().waitFor();
				if (settled) await settle(page);
				out.push(
					await timeInAppNavigation(
						page,
						`/account/?id=${id}`,
						id === ids.full ? ready : ['[data-testid=account-competitors]']
					)
				);
			}
			barePage.push(await timeToSelector(page, bare.url + '/', 'button'));
		}
	} finally {
		bare.close();
		await context.close();
	}
	console.log('\nAccount page (median of 5, headless Chromium)');
	console.table({
		'account with 40 periods, 10 competitors, 100 calls: rendered': timed(full, '< 100 ms'),
		'the same, tapped before its code is preloaded': timed(fullCold),
		'empty account (same page, baseline)': timed(empty),
		'bare SvelteKit page: rendered from navigation': timed(barePage)
	});
}

/** Sections to run: all, or those named on the command line (bundle, load, keys, store, review, accounts, studio, health, phone). */
const only = new Set(process.argv.slice(2));
const wanted = (section: string) => only.size === 0 || only.has(section);

async function main() {
	// A copy, so a concurrent `vite build` (e.g. an e2e run) cannot swap files mid-measurement.
	const served = mkdtempSync(join(tmpdir(), 'spin-build-'));
	cpSync(join(ROOT, 'build'), served, { recursive: true });
	const app = await serveStatic(served);
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		if (wanted('bundle')) await bundleTable(browser, app.url);
		if (wanted('load')) await loadTable(browser, app.url);
		if (wanted('keys')) await keysTable(app.url);
		if (wanted('store')) await storeTable(browser, app.url);
		if (wanted('review')) await reviewTable(browser, app.url);
		if (wanted('accounts')) await accountsTable(browser, app.url);
		if (wanted('studio')) await studioTable(browser, app.url, served);
		if (wanted('health')) await healthTable(browser, app.url);
		if (wanted('phone')) await phoneTable(browser, app.url);
	} finally {
		await browser.close();
		app.close();
	}
}

/**
 * A cold load on a phone profile: a fresh context (no cache, no service worker) at 390x844 with
 * touch, the CPU slowed 4x through the DevTools protocol (Emulation.setCPUThrottlingRate).
 * Returns milliseconds from navigation start until `ready` (run in the page) resolves.
 */
async function phoneCold(browser: Browser, url: string, ready: string): Promise<number> {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true,
		serviceWorkers: 'block'
	});
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.goto(url, { waitUntil: 'commit' });
		return await page.evaluate<number>(ready);
	} finally {
		await context.close();
	}
}

/** Home interactive on a phone profile, next to a bare SvelteKit page in the same run. */
async function phoneTable(browser: Browser, base: string) {
	const bare = await serveStatic(buildBarePage(ROOT));
	// Home renders in the browser (ssr off): a playbook's live-call link is there once the app
	// has started, and it works from then on.
	const homeReady = `new Promise((resolve) => {
		const ready = () => document.querySelector('a[href*="mode=live"]');
		if (ready()) return resolve(performance.now());
		new MutationObserver((_, observer) => {
			if (!ready()) return;
			observer.disconnect();
			resolve(performance.now());
		}).observe(document, { subtree: true, childList: true });
	})`;
	// The bare page's button is in the prerendered HTML; it is interactive once hydrated, i.e.
	// when a click first changes its count.
	const bareReady = `new Promise((resolve) => {
		const tick = () => {
			const button = document.querySelector('button');
			if (button) {
				button.click();
				if (button.textContent !== '0') return resolve(performance.now());
			}
			setTimeout(tick, 1);
		};
		tick();
	})`;
	const home: number[] = [];
	const barePage: number[] = [];
	try {
		for (let run = 0; run < 5; run++) {
			home.push(await phoneCold(browser, base + '/', homeReady));
			barePage.push(await phoneCold(browser, bare.url + '/', bareReady));
		}
	} finally {
		bare.close();
	}
	console.log('\nPhone profile, cold (390x844, touch, CPU 4x slower via CDP; median of 5)');
	console.table({
		'home interactive (a playbook link rendered)': timed(home),
		'bare SvelteKit page interactive (first click counts)': timed(barePage),
		ratio: { time: `${(median(home) / median(barePage)).toFixed(2)}x`, target: '' }
	});
}

async function bundleTable(browser: Browser, base: string) {
	const bare = await serveStatic(buildBarePage(ROOT));
	try {
		const live = await shippedByCall(browser, base, 'live');
		const rehearsal = await shippedByCall(browser, base, 'rehearsal');
		const barePage = await shippedBytes(browser, bare.url + '/');
		const row = (s: typeof live, target: string) => ({
			js: kb(total(s.js)),
			css: kb(total(s.css)),
			files: s.js.size,
			target
		});
		console.log('\nShipped to the browser (gzip), a stored call reopened with an empty cache');
		console.table({
			'prompter route: a live call': row(live, '≤ 100 KB JS'),
			'prompter route: a rehearsal (adds the scripted buyer)': row(rehearsal, ''),
			'bare SvelteKit page': { js: kb(barePage.js), css: kb(barePage.css), files: '', target: '' },
			ratio: { js: `${(total(live.js) / barePage.js).toFixed(2)}x`, css: '', files: '', target: '' }
		});
	} finally {
		bare.close();
	}
}

async function loadTable(browser: Browser, base: string) {
	const load = await loadTimes(browser, base);
	console.log('\nLoad (median of 5, headless Chromium)');
	console.table({
		'cold: home interactive': { time: ms(load.cold), target: '< 1000 ms' },
		'warm (service worker): home interactive': { time: ms(load.warm), target: '< 300 ms' },
		'home → prompter interactive (via planning)': { time: ms(load.toPrompter), target: '' }
	});
}

async function keysTable(base: string) {
	const keys = await keypressLatency(base);
	const { prompter, floor } = keys;
	console.log(`\nPrompter key presses (${prompter.presses}; ${prompter.updated} changed the page)`);
	console.table({
		'prompter: keydown → DOM updated, p95': { value: ms(prompter.dom), target: '' },
		'prompter: keydown → update painted, p95': { value: ms(prompter.paint), target: '< 16 ms' },
		'bare page (handler bumps a number): painted, p95': { value: ms(floor.paint), target: '' },
		'prompter over the bare page (painted, p95)': {
			value: ms(prompter.paint - floor.paint),
			target: ''
		}
	});
}

async function storeTable(browser: Browser, base: string) {
	const store = await storeBench(browser, base);
	console.log('\nStore in IndexedDB (real Chromium)');
	console.table({
		'append one event (SessionWriter)': {
			p50: ms(store.append.p50),
			p95: ms(store.append.p95),
			target: 'p95 < 20 ms'
		},
		'bare IndexedDB put': { p50: ms(store.bare.p50), p95: ms(store.bare.p95), target: '' },
		'ratio to bare put': {
			p50: `${(store.append.p50 / store.bare.p50).toFixed(2)}x`,
			p95: `${(store.append.p95 / store.bare.p95).toFixed(2)}x`,
			target: '≤ 1.5x'
		},
		'history: first 50 of 10,000 sessions': {
			p50: ms(store.history.p50),
			p95: ms(store.history.p95),
			target: '< 50 ms'
		},
		'open + replay a 5,000-event session': {
			p50: ms(store.long.total.p50),
			p95: ms(store.long.total.p95),
			target: '< 200 ms'
		},
		'  of which: load 5,000 events': {
			p50: ms(store.long.load.p50),
			p95: ms(store.long.load.p95),
			target: ''
		},
		'  of which: replay': {
			p50: ms(store.long.replay.p50),
			p95: ms(store.long.replay.p95),
			target: ''
		}
	});
}

/** The /accounts overview next to bare scans (scripts/bench/accounts-entry.ts). */
async function accountsTable(browser: Browser, base: string) {
	type R = Record<'overview' | 'accounts' | 'sessions', Stat> & { due: number; rebuild: number };
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(base + '/robots.txt');
	await page.addScriptTag({ content: await bundleEntry('accounts-entry.ts') });
	const r = await page.evaluate(() =>
		(window as unknown as { runAccountsBench: () => Promise<R> }).runAccountsBench()
	);
	await context.close();
	console.log('\nAccounts: 2,000 accounts, 20,000 people, 50,000 calls (real Chromium)');
	console.table({
		'visits due + week + portfolio (/accounts)': {
			p50: ms(r.overview.p50),
			p95: ms(r.overview.p95),
			target: '< 100 ms'
		},
		'bare getAll of the 2,000 accounts': {
			p50: ms(r.accounts.p50),
			p95: ms(r.accounts.p95),
			target: ''
		},
		'bare getAll of the 50,000 calls': {
			p50: ms(r.sessions.p50),
			p95: ms(r.sessions.p95),
			target: ''
		}
	});
	console.log(
		`(${r.due} accounts in visits due; once, after an import: rebuild of the cached latest calls ${ms(r.rebuild)})`
	);
}

await main();
