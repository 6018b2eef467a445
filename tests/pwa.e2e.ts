// Installable: the manifest every page links is complete (names, icons including a maskable one
// of the size it claims, start_url, standalone display, theme colour), and the app opens offline
// from its start_url the way the home-screen icon opens it.
import { expect, test } from '@playwright/test';
import { useLocale } from './shell-helpers';

interface Manifest {
	name: string;
	short_name: string;
	start_url: string;
	scope: string;
	display: string;
	theme_color: string;
	background_color: string;
	icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

test('every page links a complete web app manifest with real icons', async ({ page, request }) => {
	let manifest: Manifest | null = null;
	for (const path of ['/', '/plan/', '/data/', '/call/', '/end/', '/session/']) {
		await page.goto(path);
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		expect(href, path).toBeTruthy();
		const response = await request.get(new URL(href!, page.url()).href);
		expect(response.ok()).toBe(true);
		manifest = (await response.json()) as Manifest;
	}
	const m = manifest!;
	// The name carries both UI languages; the short one fits under an icon.
	expect(m.name).toMatch(/spin-coach/);
	expect(m.name).toMatch(/[\u4e00-\u9fff]/);
	expect(m.short_name.length).toBeLessThanOrEqual(12);
	expect(m.display).toBe('standalone');
	expect(m.start_url).toBe('/');
	expect(m.scope).toBe('/');
	expect(m.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
	expect(m.background_color).toMatch(/^#[0-9a-f]{6}$/i);
	expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(
		m.theme_color
	);

	const purposes = new Set<string>();
	for (const icon of m.icons) {
		const response = await request.get(icon.src);
		expect(response.headers()['content-type']).toContain('image/png');
		const png = await response.body();
		// PNG signature, then the IHDR chunk's width and height: the icon is the size it claims.
		expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
		const [w, h] = icon.sizes.split('x').map(Number);
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([w, h]);
		for (const p of (icon.purpose ?? 'any').split(' ')) purposes.add(`${p}:${w}`);
	}
	// Chromium's install criteria: 192 and 512 px icons; a maskable one for Android launchers.
	expect([...purposes]).toEqual(expect.arrayContaining(['any:192', 'any:512', 'maskable:512']));
});

test('the app opens offline from the manifest start_url', async ({ page, context }) => {
	await useLocale(page, 'en');
	await page.goto('/');
	const start = await page.evaluate(async () => {
		const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
		const manifest = await (await fetch(href)).json();
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
		return new URL(manifest.start_url, href).href;
	});

	await context.setOffline(true);
	const response = await page.goto(start);
	expect(response?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('heading', { level: 1, name: 'Start a call' })).toBeVisible();
	await expect(page.locator('li.playbook').first()).toBeVisible();
	// The icons come from the cache too (the installed app's splash screen asks for them).
	const icon = await page.evaluate(async () => (await fetch('/icons/icon-192.png')).status);
	expect(icon).toBe(200);
	await context.setOffline(false);
});
