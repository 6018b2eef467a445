// Fills the cached digests of ended calls (score, rule points, counts) in the background, a few
// calls at a time, so the history and progress screens read summary rows only.
import {
	getPlaybookText,
	loadEvents,
	saveDigest,
	staleDigests,
	type SessionRow,
	type SpinDb
} from '$lib/db';
import { loadPlaybook } from '$lib/call/load-playbook';
import type { Playbook } from '$lib/playbook/types';
import { analyze } from '$lib/session/analyze';
import { DIGEST_VERSION, digestOf } from '$lib/review/digest';

const BATCH = 25;

/** Computes and stores the digest of one call; false when its playbook text is unusable. */
export async function digestSession(
	db: SpinDb,
	row: SessionRow,
	playbooks = new Map<string, Playbook | null>()
): Promise<boolean> {
	if (!playbooks.has(row.playbookHash)) {
		const text = await getPlaybookText(db, row.playbookHash);
		playbooks.set(row.playbookHash, text ? await loadPlaybook(db, text) : null);
	}
	const playbook = playbooks.get(row.playbookHash);
	if (!playbook) return false;
	const events = (await loadEvents(db, row.id)).map((r) => r.event);
	return saveDigest(db, row.id, digestOf(analyze(playbook, events)));
}

/**
 * Digests every ended call whose digest is missing or stale, in batches; `onBatch` hears after
 * each. Calls whose playbook cannot be read are skipped. Returns how many were digested. Stops
 * (between two calls, or mid-scan) once `signal` is aborted: the rest waits for the next screen
 * that fills them.
 */
export async function fillDigests(
	db: SpinDb,
	onBatch?: () => void,
	signal?: AbortSignal
): Promise<number> {
	const playbooks = new Map<string, Playbook | null>();
	const skip = new Set<string>();
	let done = 0;
	for (;;) {
		const rows = (await staleDigests(db, DIGEST_VERSION, BATCH + skip.size, signal)).filter(
			(r) => !skip.has(r.id)
		);
		if (rows.length === 0 || signal?.aborted) return done;
		for (const row of rows.slice(0, BATCH)) {
			if (signal?.aborted) return done;
			if (await digestSession(db, row, playbooks).catch(() => false)) done += 1;
			else skip.add(row.id);
		}
		onBatch?.();
		// Let the page paint between batches.
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
}
