import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium.ts';

// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.{ts,js}',
	outputDir: 'test-results/e2e',
	workers: process.env.CI ? 1 : 2,
	retries: process.env.CI ? 1 : 0,
	// Axe scans and browser relaunches are slow on a 2-core machine; the defaults are for fast laptops.
	timeout: 60_000,
	expect: { timeout: 10_000 },
	webServer: {
		command: `npm run build && npx vite preview --port ${port} --strictPort`,
		port,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	},
	use: {
		baseURL: `http://localhost:${port}`,
		browserName: 'chromium',
		launchOptions: chromiumLaunchOptions(),
		trace: 'retain-on-failure'
	}
});
