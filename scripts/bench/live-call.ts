// What the prompter route ships, measured on a real call: a rep starts a call from home through
// planning, then the call's page is loaded again with an empty HTTP cache (a laptop reopened
// the next morning) and every script and stylesheet it fetches is counted until the network is
// idle, so code the screen fetches right after its first frame counts too.
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright';

export interface Shipped {
	/** Gzipped bytes by path. */
	js: Map<string, number>;
	css: Map<string, number>;
}

export const total = (sizes: Map<string, number>) =>
	[...sizes.values()].reduce((sum, n) => sum + n, 0);

/** From home, plans and starts a call of `mode` on the first playbook, as a rep does. */
export async function startCallFromHome(page: Page, mode: 'live' | 'rehearsal' = 'live') {
	await page.locator(`a[href*="mode=${mode}"]`).first().click();
	await page.locator('input[name="objective"], #objective, textarea').first().fill('Agree a demo');
	await page.locator('form button[type="submit"]').click();
	await page.locator('.prompter').waitFor();
}

/** Starts a call of `mode` on the first bundled playbook and returns what its page ships. */
export async function shippedByCall(
	browser: Browser,
	base: string,
	mode: 'live' | 'rehearsal' = 'live'
): Promise<Shipped> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		await page.goto(base + '/');
		await startCallFromHome(page, mode);
		const url = page.url();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.clearBrowserCache');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		const shipped: Shipped = { js: new Map(), css: new Map() };
		const reads: Promise<void>[] = [];
		page.on('response', (response) => {
			const path = new URL(response.url()).pathname;
			const kind = path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : null;
			if (!kind) return;
			reads.push(
				response.body().then((body) => void shipped[kind].set(path, gzipSync(body).length))
			);
		});
		await page.goto(url, { waitUntil: 'networkidle' });
		await page.locator('.prompter').waitFor();
		await Promise.all(reads);
		return shipped;
	} finally {
		await context.close();
	}
}
