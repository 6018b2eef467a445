import { expect, test, type Page } from '@playwright/test';
import { bundled, keys, screenshot, useLocale } from './call-helpers';

// Issue 10: an objection that names a person of the call's account offers their profile in
// one key (and one tap), read-only and without sensitive fields. Issue 9: O, the objection's
// number, then the answer's number answers it with a listed answer. Three sizes, two languages.

const SIZES = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'tablet', width: 820, height: 1180 },
	{ name: 'laptop', width: 1280, height: 800 }
] as const;

const CASES = [
	{
		locale: 'en' as const,
		objective: 'Book the CFO review',
		person: { name: 'Dana Whitfield', jobTitle: 'Chief Financial Officer' },
		texts: {
			objective: 'Call objective',
			profile: 'Profile: Dana Whitfield',
			role: 'Decision maker'
		}
	},
	{
		locale: 'zh-CN' as const,
		objective: '约好总经理评审',
		person: { name: '王建国', jobTitle: '集团总经理' },
		texts: { objective: '拜访目标', profile: '档案：王建国', role: null }
	}
];

/** An account with one key person, written straight into the app's database. */
async function seedAccount(page: Page, person: { name: string; jobTitle: string }) {
	await page.goto('/');
	await expect(page.locator('main')).toBeVisible();
	return page.evaluate(
		(p) =>
			new Promise<string>((resolve, reject) => {
				const open = indexedDB.open('spin-coach');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const now = Date.now();
					const accountId = crypto.randomUUID();
					const tx = db.transaction(['accounts', 'people'], 'readwrite');
					tx.objectStore('accounts').put({
						id: accountId,
						name: 'Harbor Health',
						createdAt: now,
						updatedAt: now
					});
					tx.objectStore('people').put({
						id: crypto.randomUUID(),
						accountId,
						name: p.name,
						role: 'decisionMaker',
						attitude: 'sceptic',
						insideContact: false,
						helpsWith: [],
						file: { jobTitle: p.jobTitle, homeAddress: '9 Private Road' },
						createdAt: now,
						updatedAt: now
					});
					tx.oncomplete = () => {
						db.close();
						resolve(accountId);
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		person
	);
}

for (const c of CASES) {
	for (const size of SIZES) {
		test(`an objection naming a key person opens their profile (${c.locale}, ${size.name})`, async ({
			page
		}) => {
			await page.setViewportSize({ width: size.width, height: size.height });
			await useLocale(page, c.locale);
			const accountId = await seedAccount(page, c.person);
			const pb = bundled(c.locale);
			const query = new URLSearchParams({ playbook: pb.meta.id, mode: 'live', account: accountId });
			await page.goto(`/plan/?${query}`);
			const objective = page.getByLabel(c.texts.objective, { exact: true });
			await objective.fill(c.objective);
			await objective.press('Enter');
			await page.waitForURL(/\/call\/?\?id=/);
			await expect(page.locator('.prompter')).toBeVisible();

			const index = pb.objections.findIndex((o) => o.id === 'ask-boss');
			expect(index).toBeGreaterThanOrEqual(0);
			await keys(page, 'o', String(index + 1));
			const ask = page.locator('[data-objection="ask-boss"]');
			await expect(ask.locator('.tag.open')).toHaveCount(1);

			if (size.name !== 'phone') {
				// O and its number again: the listed answers, numbered, where the eye is.
				await keys(page, 'o', String(index + 1));
				await expect(
					page.locator('section.objections.picking [data-answer]').first()
				).toBeInViewport();
				await screenshot(page, `objection-answers-${c.locale}-${size.name}`);
				await keys(page, 'Escape');
			}

			// One key: the profile of the person the objection names.
			await keys(page, 'w');
			const sheet = page.getByTestId('related-sheet');
			await expect(sheet).toBeVisible();
			await expect(sheet).toContainText(c.person.name);
			await expect(sheet).toContainText(c.person.jobTitle);
			if (c.texts.role) await expect(sheet).toContainText(c.texts.role);
			await expect(sheet).not.toContainText('9 Private Road');
			await screenshot(page, `objection-profile-${c.locale}-${size.name}`);
			await keys(page, 'Escape');
			await expect(sheet).toHaveCount(0);

			// One tap: the same profile from the objection (on a phone, inside the panels sheet).
			if (size.name === 'phone') await page.locator('[aria-controls="call-panels"]').click();
			await ask.getByRole('button', { name: c.texts.profile }).click();
			await expect(page.getByTestId('related-sheet')).toBeVisible();
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width).toBeLessThanOrEqual(size.width);
		});
	}
}
