import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from '$lib/accounts/local-day';
import { accountCall, freshDb } from '../../../tests/fixtures/db/helpers';
import { loadAccountOverview } from './account-overview';
import { createAccount } from './accounts';
import { addVisit } from './visits';
import type { SpinDb } from './db';

const NOW = Date.UTC(2026, 11, 10, 12); // Thursday 10 December 2026
const DAY = 86_400_000;

function call(
	db: SpinDb,
	accountId: string,
	name: string,
	startedAt: number,
	next?: { text: string; date?: string }
) {
	return accountCall(db, {
		accountId,
		name,
		startedAt,
		objective: `objective ${name}`,
		nextStep: next
	});
}

describe('account overview', () => {
	it('lists visits due with the last next step, the week, the portfolio and the cut list', async () => {
		const db = freshDb();
		const late = await createAccount(db, { name: 'Late', tier: 'gold', profit: 800 });
		const fresh = await createAccount(db, { name: 'Fresh', tier: 'gold', profit: 150 });
		const never = await createAccount(db, { name: 'Never', tier: 'iron', profit: 50 });
		const visited = await createAccount(db, { name: 'Visited', tier: 'gold', profit: 0 });
		await createAccount(db, { name: 'Lead', tier: 'lead' });
		const cut = await createAccount(db, {
			name: 'Cut',
			tier: 'platinum',
			profit: 10_000,
			cut: { reason: 'abusive', at: 1 }
		});
		await call(db, late.id, 'Late', NOW - 40 * DAY, { text: 'Pilot review', date: '2026-12-11' });
		await call(db, late.id, 'Late', NOW - 30 * DAY, {
			text: 'Send the pilot plan',
			date: '2026-12-09'
		});
		await call(db, fresh.id, 'Fresh', NOW - DAY, { text: 'Demo to the GM', date: '2026-12-12' });
		await call(db, visited.id, 'Visited', NOW - 60 * DAY);
		await addVisit(db, { accountId: visited.id, day: '2026-12-08', kind: 'logged' });
		await addVisit(db, {
			accountId: never.id,
			day: '2026-12-14',
			kind: 'planned',
			note: 'next week'
		});
		await addVisit(db, {
			accountId: visited.id,
			day: '2026-12-07',
			kind: 'planned',
			note: 'Training'
		});
		await call(db, cut.id, 'Cut', NOW - 100 * DAY);

		const o = await loadAccountOverview(db, { now: NOW, timeZone: 'Asia/Shanghai' });
		expect(o.due.map((d) => d.name)).toEqual(['Never', 'Late']);
		const lateRow = o.due[1];
		expect(lateRow.nextStep).toEqual({ text: 'Send the pilot plan', date: '2026-12-09' });
		expect(lateRow.daysOverdue).toBe(15);
		expect(o.week.map((d) => isoFromDay(d.day))[0]).toBe('2026-12-07');
		expect(o.week.flatMap((d) => d.visits.map((v) => `${isoFromDay(v.day)} ${v.text}`))).toEqual([
			'2026-12-07 Training',
			'2026-12-09 Send the pilot plan',
			'2026-12-12 Demo to the GM'
		]);
		expect(o.portfolio.rows.map((r) => [r.name, r.group])).toEqual([
			['Late', 'top'],
			['Fresh', 'rest'],
			['Never', 'rest'],
			['Visited', 'none']
		]);
		expect(o.cut.map((a) => a.name)).toEqual(['Cut']);
		expect(o.today).toBe(dayFromIso('2026-12-10'));
		db.close();
	});
});
