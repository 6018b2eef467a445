// Runs inside real Chromium at the app's origin (bundled by esbuild in browser.ts): one account
// with 40 periods of financials, 10 linked competitors with counter-measures and 100 calls, for
// the account page bench, and a bare account with nothing for the same page's baseline.
import { createSession, openSpinDb, DB_NAME } from '../../src/lib/db';
import { createAccount } from '../../src/lib/db/accounts';
import { createCompetitor, linkCompetitor, saveSection } from '../../src/lib/db/competitor-repo';
import { savePeriod } from '../../src/lib/db/financial-repo';
import { newSession } from '../../tests/fixtures/db/calls';

/** Seeds the app database; returns the ids of the full and the bare account. */
export async function seedHealthBench() {
	const db = openSpinDb(DB_NAME);
	const full = await createAccount(db, { name: 'Bench Foods', tier: 'gold' });
	const bare = await createAccount(db, { name: 'Bare Foods', tier: 'gold' });
	for (let i = 0; i < 40; i++) {
		const year = 1990 + i;
		await savePeriod(db, {
			accountId: full.id,
			label: `FY${year}`,
			endsOn: `${year}-12-31`,
			days: 365,
			inputs: {
				currentAssets: 100 + i,
				currentLiabilities: 90 + (i % 7) * 5,
				revenue: 1000 + i * 10,
				netIncome: 30 - (i % 9) * 4,
				totalAssets: 800,
				totalLiabilities: 500,
				receivables: 120 + (i % 5) * 30,
				costOfSales: 600,
				inventory: 100 + (i % 4) * 40
			},
			entered: {}
		});
	}
	for (let c = 0; c < 10; c++) {
		const id = await createCompetitor(db, `Rival ${c}`);
		await saveSection(db, id, 'counterMeasures', `Answer rival ${c} with our delivery record`);
		await linkCompetitor(db, {
			competitorId: id,
			accountId: full.id,
			role: c % 2 ? 'challenger' : 'incumbent',
			insideContact: c % 3 === 0
		});
	}
	for (let i = 0; i < 100; i++) {
		await createSession(
			db,
			newSession({
				id: `hb${i}`,
				startedAt: 1_700_000_000_000 + i * 86_400_000,
				account: { name: full.name, tier: 'gold', accountId: full.id }
			})
		);
	}
	db.close();
	return { full: full.id, bare: bare.id };
}

(globalThis as unknown as { seedHealthBench: typeof seedHealthBench }).seedHealthBench =
	seedHealthBench;
