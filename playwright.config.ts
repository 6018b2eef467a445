import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium';

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
		command: 'npm run build && npx vite preview --port 4173 --strictPort',
		port: 4173,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	},
	use: {
		baseURL: 'http://localhost:4173',
		browserName: 'chromium',
		launchOptions: chromiumLaunchOptions(),
		trace: 'retain-on-failure'
	}
});
