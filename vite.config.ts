import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { chromiumLaunchOptions } from './tests/chromium.ts';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// A static app decides on the client: the remembered choice, then the browser's language.
			strategy: ['localStorage', 'preferredLanguage', 'baseLocale'],
			// One module per message in dev and tests too (the plugin's dev default is one per
			// locale): the i18n tables glob per-message files, so each route ships only its own.
			outputStructure: 'message-modules'
		}),
		sveltekit()
	],
	test: {
		expect: { requireAssertions: true },
		// CI is a 2-core machine: CLI spawns and property tests need more than the 5 s default.
		testTimeout: 30_000,
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'client',
					browser: {
						enabled: true,
						provider: playwright({ launchOptions: chromiumLaunchOptions() }),
						instances: [{ browser: 'chromium', headless: true }]
					},
					include: ['src/**/*.svelte.{test,spec}.{js,ts}'],
					exclude: ['src/lib/server/**']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					include: ['src/**/*.{test,spec}.{js,ts}', 'scripts/**/*.{test,spec}.ts'],
					exclude: ['src/**/*.svelte.{test,spec}.{js,ts}']
				}
			}
		]
	}
});
