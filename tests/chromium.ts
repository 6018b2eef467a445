import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

/**
 * Where Chromium comes from: `SPIN_CHROMIUM` (or `CHROMIUM_PATH`) if set; Playwright's own
 * browser if it was downloaded; otherwise a system Chromium (Debian's `/usr/bin/chromium`).
 * Returns `undefined` to let Playwright use its default.
 */
export function chromiumExecutable(): string | undefined {
	const named = process.env.SPIN_CHROMIUM || process.env.CHROMIUM_PATH;
	if (named) return named;
	try {
		if (existsSync(chromium.executablePath())) return undefined;
	} catch {
		// Playwright throws when it has no browser registry entry; fall through to the system one.
	}
	for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
		if (existsSync(path)) return path;
	}
	return undefined;
}

/** Launch options shared by Playwright and Vitest's browser provider. */
export function chromiumLaunchOptions() {
	const executablePath = chromiumExecutable();
	return {
		...(executablePath ? { executablePath } : {}),
		// A closed network makes Chromium's background services retry endlessly; turn them off.
		args: ['--disable-quic', '--disable-component-update', '--disable-background-networking']
	};
}
