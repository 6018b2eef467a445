import { chromium } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const lang = process.argv[2] || 'en';
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await ctx.newPage();
await page.addInitScript((l) => localStorage.setItem('PARAGLIDE_LOCALE', l), lang);
const id =
	lang === 'en' ? 'key-account-hospital-supply-en' : 'key-account-predictive-maintenance-zh';
await page.goto(`http://localhost:4190/plan?playbook=${id}&mode=rehearsal`, {
	waitUntil: 'networkidle',
	timeout: 120000
});
await page.locator('#objective').fill('Sell');
await page.locator('button[type=submit]').click();
await page.waitForURL(/\/call/, { timeout: 60000 });
await page.waitForTimeout(2500);
const k = async (...ks) => {
	for (const x of ks) {
		await page.keyboard.press(x);
		await page.waitForTimeout(250);
	}
};
await k('Enter', 'ArrowRight');
for (let i = 0; i < 6; i++) await k('s', String((i % 3) + 1), 'Enter');
await page.screenshot({ path: `/tmp/shots/bad-${lang}-1.png` });
await k('f');
await k('ArrowRight', 'ArrowRight');
await k('1', 'Enter');
await page.waitForTimeout(500);
await k('1', 'Enter');
await page.screenshot({ path: `/tmp/shots/bad-${lang}-2.png` });
await k('e');
await page.waitForTimeout(800);
await page.screenshot({ path: `/tmp/shots/bad-${lang}-3.png` });
await k('ArrowDown', 'Enter');
await page.waitForTimeout(3000);
console.log(page.url());
await page.screenshot({ path: `/tmp/shots/bad-${lang}-4.png`, fullPage: true });
const b2 = page.getByRole('link', { name: /coaching report|辅导报告|报告/ }).first();
await b2.click();
await page.waitForTimeout(3000);
await page.screenshot({ path: `/tmp/shots/bad-${lang}-5.png`, fullPage: true });
await browser.close();
