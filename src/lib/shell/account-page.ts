// Everything the /account page shows about one account: the row, its people and visits, its
// calls as a plan-do-review timeline, its health records, and the effort split over the calls'
// stage times (each call's log replayed on the playbook text it ran on, as the report does).
// The page's rows come from one read-only transaction (`readAccountPage`); the effort split,
// which replays every call's log, is computed after the page is shown (`loadAccountEffort`).
import { localDay } from '$lib/accounts/local-day';
import { buildTimeline, type TimelineEntry } from '$lib/accounts/timeline';
import { effortSplit, type EffortSplit } from '$lib/accounts/effort';
import { getSpinDb, loadEvents, type SessionRow } from '$lib/db';
import type { CallDigest } from '$lib/db/account-calls';
import { readAccountPage, readCallDigests, type AccountPageRows } from '$lib/db/account-page-repo';
import type { Stage } from '$lib/session/events';

export interface AccountPage extends AccountPageRows {
	/** Every call, oldest first; objective and next step known for those in `digests`. */
	timeline: (TimelineEntry & { title: string; mode: SessionRow['mode']; startedAt: number })[];
}

interface Clock {
	timeZone: string;
	now?: number;
}

function timelineOf(
	calls: readonly SessionRow[],
	digests: ReadonlyMap<string, CallDigest>,
	{ timeZone, now = Date.now() }: Clock
): AccountPage['timeline'] {
	const byId = new Map(calls.map((c) => [c.id, c]));
	return buildTimeline(
		calls.map((c) => ({
			id: c.id,
			day: localDay(c.startedAt, timeZone),
			...(digests.get(c.id) ?? {}),
			...(c.outcome ? { outcome: c.outcome } : {})
		})),
		localDay(now, timeZone)
	).map((entry) => {
		const call = byId.get(entry.id)!;
		return { ...entry, title: call.title, mode: call.mode, startedAt: call.startedAt };
	});
}

/** The page for account `id`, or null when it does not exist (or was deleted). */
export async function loadAccountPage(id: string, clock: Clock): Promise<AccountPage | null> {
	const rows = await readAccountPage(getSpinDb(), id);
	if (!rows) return null;
	return { ...rows, timeline: timelineOf(rows.calls, rows.digests, clock) };
}

/**
 * `page` with the plan and end of every call read, for when the rep asks for the calls before
 * the newest `RECENT_CALLS` (a step's status reads only its own call and the next one's day, so
 * the newest were right without them).
 */
export async function withEarlierCalls(page: AccountPage, clock: Clock): Promise<AccountPage> {
	const missing = page.calls.filter((c) => !page.digests.has(c.id));
	if (missing.length === 0) return page;
	const earlier = await readCallDigests(getSpinDb(), missing);
	const digests = new Map([...page.digests, ...earlier]);
	return { ...page, digests, timeline: timelineOf(page.calls, digests, clock) };
}

/**
 * The effort split over `calls`: their playbook texts and event logs read in one transaction,
 * then each log replayed. A call whose playbook or log cannot be read is left out.
 */
export async function loadAccountEffort(calls: readonly SessionRow[]): Promise<EffortSplit> {
	if (calls.length === 0) return effortSplit([]);
	// Loaded here, not with the page: only the split, shown after the page, needs them.
	const [{ loadPlaybook }, { replayParsed }] = await Promise.all([
		import('$lib/call/load-playbook'),
		import('$lib/session/replay')
	]);
	const db = getSpinDb();
	const hashes = [...new Set(calls.map((c) => c.playbookHash))];
	const [texts, logs] = await db.transaction('r', db.playbookTexts, db.events, () =>
		Promise.all([
			db.playbookTexts.bulkGet(hashes),
			Promise.all(calls.map((c) => loadEvents(db, c.id)))
		])
	);
	const playbooks = new Map(
		await Promise.all(
			hashes.map(
				async (hash, i) =>
					[hash, texts[i] ? await loadPlaybook(db, texts[i]).catch(() => null) : null] as const
			)
		)
	);
	const stageTimes: Partial<Record<Stage, number>>[] = [];
	calls.forEach((call, i) => {
		const playbook = playbooks.get(call.playbookHash);
		if (!playbook) return;
		try {
			stageTimes.push(
				replayParsed(
					playbook,
					logs[i].map((r) => r.event)
				).context.stageMs
			);
		} catch (error) {
			// One unreadable log must not hide the account; the split covers the others.
			console.warn('account: call not replayable', call.id, error);
		}
	});
	return effortSplit(stageTimes);
}
