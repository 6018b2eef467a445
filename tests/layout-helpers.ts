// Checks every screen must pass at every size: the page is never wider than the viewport, no
// control sits under another element (a fixed bar, a sheet), and the Content-Security-Policy
// reported no violation.
import { expect, type Page } from '@playwright/test';

/** Fails when the document scrolls sideways. */
export async function expectNoHorizontalOverflow(page: Page, where: string): Promise<void> {
	const { scroll, inner } = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		inner: window.innerWidth
	}));
	expect(scroll, `${where}: page ${scroll}px wide in a ${inner}px viewport`).toBeLessThanOrEqual(
		inner
	);
}

/**
 * Scrolls each visible control into view the way focus would (honouring scroll padding) and
 * asks the page what is on top at its centre; returns the controls found under something else.
 * With a modal dialog open, only the dialog's controls are checked.
 */
export async function coveredControls(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const selector =
			'button, a[href], input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
		const describe = (el: Element) =>
			`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
		const covered: string[] = [];
		// An open modal dialog makes the rest of the page inert: only its own controls count.
		const root = document.querySelector('dialog:modal') ?? document;
		for (const el of root.querySelectorAll<HTMLElement>(selector)) {
			if (el.closest('[inert], dialog:not([open]), [popover]:not(:popover-open)')) continue;
			const style = getComputedStyle(el);
			if (style.visibility === 'hidden' || style.display === 'none') continue;
			el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
			const box = el.getBoundingClientRect();
			// Visually hidden inputs (a radio card's circle, a file input's twin) are reached
			// through their label; a 1 px box is not a target.
			if (box.width < 2 || box.height < 2) continue;
			const x = box.left + box.width / 2;
			const y = box.top + Math.min(box.height / 2, 20);
			if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue;
			const top = document.elementFromPoint(x, y);
			const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
			if (top && (el.contains(top) || top.contains(el) || label?.contains(top))) continue;
			covered.push(`${describe(el)} under ${top ? describe(top) : 'nothing'}`);
		}
		window.scrollTo(0, 0);
		return covered;
	});
}

/** Collects Content-Security-Policy violations the pages report (console and DOM event). */
export function watchCsp(page: Page): string[] {
	const violations: string[] = [];
	void page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			console.error(`securitypolicyviolation ${e.violatedDirective} ${e.blockedURI}`);
		});
	});
	page.on('console', (message) => {
		const text = message.text();
		if (/securitypolicyviolation|Content Security Policy/i.test(text)) violations.push(text);
	});
	return violations;
}
