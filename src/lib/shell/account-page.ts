// Everything the /account page shows about one account: the row, its people and visits, its
// calls as a plan-do-review timeline, and the effort split over their stage times (each call's
// log replayed on the playbook text it ran on, as the report does).
import { localDay } from '$lib/accounts/local-day';
import { buildTimeline, type TimelineEntry } from '$lib/accounts/timeline';
import { effortSplit, type EffortSplit } from '$lib/accounts/effort';
import { getPlaybookText, getSpinDb, loadEvents, type SessionRow } from '$lib/db';
import { callDigests, callsOfAccount } from '$lib/db/account-calls';
import { getAccount, listAccounts } from '$lib/db/accounts';
import { listPeople } from '$lib/db/people';
import { listVisits } from '$lib/db/visits';
import type { AccountRow, PersonRow, VisitRow } from '$lib/db/types';
import { loadPlaybook } from '$lib/call/load-playbook';
import type { Playbook } from '$lib/playbook/types';
import { replayParsed } from '$lib/session/replay';

export interface AccountPage {
	account: AccountRow;
	accounts: AccountRow[];
	people: PersonRow[];
	visits: VisitRow[];
	calls: SessionRow[];
	timeline: (TimelineEntry & { title: string; mode: SessionRow['mode']; startedAt: number })[];
	effort: EffortSplit;
}

/** The page for account `id`, or null when it does not exist (or was deleted). */
export async function loadAccountPage(
	id: string,
	{ timeZone, now = Date.now() }: { timeZone: string; now?: number }
): Promise<AccountPage | null> {
	const db = getSpinDb();
	const account = await getAccount(db, id);
	if (!account) return null;
	const [accounts, people, visits, calls] = await Promise.all([
		listAccounts(db),
		listPeople(db, id),
		listVisits(db, id),
		callsOfAccount(db, id)
	]);
	const digests = await callDigests(db, calls);
	const timeline = buildTimeline(
		calls.map((c) => ({
			id: c.id,
			day: localDay(c.startedAt, timeZone),
			...(digests.get(c.id) ?? {}),
			...(c.outcome ? { outcome: c.outcome } : {})
		})),
		localDay(now, timeZone)
	).map((entry) => {
		const call = calls.find((c) => c.id === entry.id)!;
		return { ...entry, title: call.title, mode: call.mode, startedAt: call.startedAt };
	});
	return { account, accounts, people, visits, calls, timeline, effort: await effortOf(calls) };
}

async function effortOf(calls: SessionRow[]): Promise<EffortSplit> {
	const db = getSpinDb();
	const playbooks = new Map<string, Playbook | null>();
	const stageTimes = [];
	for (const call of calls) {
		if (!playbooks.has(call.playbookHash)) {
			const text = await getPlaybookText(db, call.playbookHash);
			playbooks.set(call.playbookHash, text ? await loadPlaybook(db, text) : null);
		}
		const playbook = playbooks.get(call.playbookHash);
		if (!playbook) continue;
		try {
			const events = (await loadEvents(db, call.id)).map((r) => r.event);
			stageTimes.push(replayParsed(playbook, events).context.stageMs);
		} catch (error) {
			// One unreadable log must not hide the account; the split covers the others.
			console.warn('account: call not replayable', call.id, error);
		}
	}
	return effortSplit(stageTimes);
}
