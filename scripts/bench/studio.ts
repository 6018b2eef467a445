// Studio benchmarks: the editor route's JavaScript (CodeMirror is loaded there only, so the
// prompter route ships none of it), and the time from the last keystroke to the diagnostics
// shown in the editor on a ~150 KB playbook, next to a bare parse of the same text in this run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright';
import { forgetPieces } from '../../src/lib/playbook/blocks';
import { generatePlaybook } from '../../src/lib/playbook/generate';
import { parsePlaybook } from '../../src/lib/playbook/parse';
import { shippedByCall } from './live-call';

const ms = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const quantile = (values: number[], q: number) =>
	[...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];

/** Every JS file a page loads (paths), in a fresh context without the service worker. */
/** Built JS chunks that hold CodeMirror (its view module defines this class name). */
function codeMirrorChunks(buildDir: string): Set<string> {
	const dir = join(buildDir, '_app/immutable');
	const out = new Set<string>();
	const walk = (sub: string) => {
		for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
			const rel = join(sub, entry.name);
			if (entry.isDirectory()) walk(rel);
			else if (
				entry.name.endsWith('.js') &&
				readFileSync(join(dir, rel), 'utf8').includes('cm-lintRange')
			)
				out.add(`/_app/immutable/${rel}`);
		}
	};
	walk('');
	return out;
}

const gz = (buildDir: string, paths: Iterable<string>) =>
	[...paths].reduce((sum, p) => sum + gzipSync(readFileSync(join(buildDir, p))).length, 0);

/** Imports `text` as a user playbook through the library and opens it in the editor. */
async function openInEditor(page: Page, base: string, text: string) {
	await page.goto(base + '/studio/');
	await page.locator('input[type=file]').setInputFiles({
		name: 'bench.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from(text)
	});
	await page.locator('article.preview .button.primary').click();
	await page.locator('li.card[data-origin=user] a.button.primary').first().click();
	await page.locator('[data-testid=editor][data-ready=true]').waitFor();
	// Reopen at the last line (`When: need-0 met`): the cursor goes to its end.
	const lines = text.trimEnd().split('\n').length;
	await page.goto(`${page.url()}&line=${lines}`);
	await page.locator('[data-testid=editor][data-ready=true]').waitFor();
	await page.keyboard.press('End');
	// A trainer types into an editor that has opened: its first parse (lexing every piece, the
	// worker starting) is shown in the problem list before the timed keystrokes begin. Without
	// this wait the first keystroke timed that cold parse too, on a loaded machine over a second.
	await page.locator('.side .problems, .side .clean').waitFor();
}

/** Milliseconds from a keystroke until the diagnostics were in the DOM, and until painted. */
interface Latency {
	dom: number;
	painted: number;
}

/**
 * Keystroke → error shown (and → gone), in ms, measured in the page from the keydown event. The
 * observer is in place before the key is pressed: one started after the press would, when the
 * round trip to the page is slower than the parse (a loaded machine), time the round trip.
 * "Shown" is painted: a message posted from the next animation frame runs once that frame has
 * been drawn. The moment the underline entered the DOM is kept beside it.
 */
async function lintLatency(page: Page, rounds: number): Promise<Latency[]> {
	// Strings, not functions: tsx would wrap named closures in a helper the page lacks.
	await page.evaluate(`(() => {
		addEventListener('keydown', () => { window.__key = performance.now(); }, { capture: true });
		const root = document.querySelector('[data-testid=editor]').shadowRoot;
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			window.__shown = performance.now();
			window.__notify?.();
		};
		// A MutationObserver sees the diagnostics the moment CodeMirror draws them.
		new MutationObserver(() => {
			const shown = root.querySelector('.cm-lintRange-error') !== null;
			if (window.__key > window.__armed && shown === window.__want && !window.__dom) {
				window.__dom = performance.now();
				requestAnimationFrame(() => channel.port2.postMessage(0));
			}
		}).observe(root, { subtree: true, childList: true, attributes: true });
	})()`);
	const times: Latency[] = [];
	for (let i = 0; i < rounds * 2; i++) {
		const want = i % 2 === 0;
		await page.evaluate(
			`window.__want = ${want}; window.__dom = 0; window.__shown = 0; window.__notify = null; window.__armed = performance.now()`
		);
		await page.keyboard.press(want ? 'x' : 'Backspace');
		// Not waitForFunction: it compiles its string in the page, which the app's CSP forbids.
		await page.evaluate(
			`new Promise((resolve) => { if (window.__shown) resolve(); else window.__notify = resolve; })`
		);
		times.push(
			await page.evaluate<Latency>(
				'({ dom: window.__dom - window.__key, painted: window.__shown - window.__key })'
			)
		);
		await page.waitForTimeout(200);
	}
	return times;
}

/** Prints the studio's table. */
export async function studioTable(browser: Browser, base: string, buildDir: string) {
	const text = generatePlaybook({ questions: 1000 });
	const bare: number[] = [];
	const edit: number[] = [];
	const middle = text.indexOf('\n', text.length >> 1);
	for (let i = 0; i < 15; i++) {
		forgetPieces();
		let t = performance.now();
		parsePlaybook(text);
		bare.push(performance.now() - t);
		// As the editor does on a keystroke: the pieces of the previous text are reused.
		t = performance.now();
		parsePlaybook(text.slice(0, middle) + 'x' + text.slice(middle));
		edit.push(performance.now() - t);
	}
	const cm = codeMirrorChunks(buildDir);
	// A real live call, as the bundle table measures it (live-call.ts).
	const prompter = new Set((await shippedByCall(browser, base, 'live')).js.keys());
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const editor = new Set<string>();
	page.on('response', (r) => {
		const path = new URL(r.url()).pathname;
		if (path.endsWith('.js')) editor.add(path);
	});
	await openInEditor(page, base, text);
	const latency = await lintLatency(page, 10);
	await context.close();
	const painted = latency.map((l) => l.painted);
	const dom = latency.map((l) => l.dom);
	const onPrompter = [...prompter].filter((p) => cm.has(p)).length;
	const onEditor = [...editor].filter((p) => cm.has(p));
	console.log(`\nStudio (${Math.round(text.length / 1024)} KB playbook, 1,000 questions)`);
	console.table({
		'keystroke → diagnostics shown (painted), median': {
			value: ms(quantile(painted, 0.5)),
			target: '< 50 ms'
		},
		'keystroke → diagnostics shown (painted), p95': {
			value: ms(quantile(painted, 0.95)),
			target: '< 50 ms'
		},
		'keystroke → diagnostics in the DOM, median': { value: ms(quantile(dom, 0.5)), target: '' },
		'keystroke → diagnostics in the DOM, p95': { value: ms(quantile(dom, 0.95)), target: '' },
		'bare parsePlaybook, same text (median)': { value: ms(quantile(bare, 0.5)), target: '' },
		'parsePlaybook after a one-character edit (median)': {
			value: ms(quantile(edit, 0.5)),
			target: ''
		},
		'editor route: CodeMirror chunks (gzip)': { value: kb(gz(buildDir, onEditor)), target: '' },
		'prompter route: CodeMirror chunks loaded': { value: String(onPrompter), target: '0' },
		'prompter route JS (gzip)': { value: kb(gz(buildDir, prompter)), target: 'unchanged' }
	});
}
